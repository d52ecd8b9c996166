namespace ChallengeHub.Grains.Accounts;

public sealed class ExternalLoginGrain(
    [PersistentState("externalLogin", Constants.StorageName)] IPersistentState<ExternalLoginState> state) : Grain, IExternalLoginGrain
{
    /// <summary>Long and random: the account's passphrase is known to nobody, so it signs in through its provider only.</summary>
    private const int UnknownPassphraseLength = 40;

    public async Task<AccountDetails> SignInAsync(string? inviteCode, string? displayName)
    {
        if (state.State.AccountId is { } linked)
        {
            return await GrainFactory.GetGrain<IAccountGrain>(linked).GetAsync() ?? throw NotLinked();
        }

        if (string.IsNullOrWhiteSpace(inviteCode))
        {
            throw NotLinked();
        }

        var account = await GrainFactory.GetGrain<IInviteGrain>(inviteCode.Trim().ToUpperInvariant())
            .RedeemAsync(new Credentials(displayName, Secrets.NewCode(UnknownPassphraseLength)), signedIn: null);
        state.State.AccountId = account.Id;
        await state.WriteOrUndoAsync(() => state.State.AccountId = null);
        return account;
    }

    private static DomainException NotLinked() => DomainException.NotRecognised(
        "This sign-in is not linked to a ChallengeHub account yet. Open the invite link your organiser sent you and sign in from there.");
}

[GenerateSerializer, Alias("ExternalLoginState")]
public sealed class ExternalLoginState
{
    [Id(0)]
    public Guid? AccountId { get; set; }
}
