namespace ChallengeHub.Grains.Accounts;

/// <summary>One invite. Keyed by its code.</summary>
[Alias("IInviteGrain")]
public interface IInviteGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<Invite> CreateAsync(Guid challengeId, CreateInviteRequest request, Guid createdBy);

    /// <summary>The invite while it can still be redeemed; 404 when unknown, used or expired.</summary>
    [Alias("Get")]
    Task<Invite> GetAsync();

    /// <summary>
    /// Creates the invited account, or, when <paramref name="signedIn"/> is an account of the invited role, adds the challenge
    /// to it. Works once; a retry after a failure part-way finishes the same account.
    /// </summary>
    [Alias("Redeem")]
    Task<AccountDetails> RedeemAsync(Credentials credentials, Guid? signedIn);
}
