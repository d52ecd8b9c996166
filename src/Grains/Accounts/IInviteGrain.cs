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

    /// <summary>The invite and where it stands, for the organiser of its challenge; <c>null</c> when unknown.</summary>
    [Alias("GetStatus")]
    Task<InviteStatus?> GetStatusAsync();

    /// <summary>
    /// Withdraws an invite of <paramref name="challengeId"/> so that it can no longer be redeemed; withdrawing again changes
    /// nothing. 404 when it is not an invite of that challenge, 409 once it was accepted.
    /// </summary>
    [Alias("Withdraw")]
    Task<InviteStatus> WithdrawAsync(Guid challengeId);
}
