namespace ChallengeHub.Grains.Accounts;

/// <summary>A staff account. Keyed by account id; created on first start (organiser) or by redeeming an invite.</summary>
[Alias("IAccountGrain")]
public interface IAccountGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Creates the account under a display name no other account uses (409 when taken), working in the challenge at
    /// <paramref name="venueId"/> or, without one, for the whole season.
    /// </summary>
    [Alias("Create")]
    Task<AccountDetails> CreateAsync(Role role, Credentials credentials, Guid? challengeId, Guid? venueId = null);

    /// <summary>The account, or <c>null</c> when there is none. Interleaves: every authorized request asks.</summary>
    [Alias("Get"), AlwaysInterleave]
    Task<AccountDetails?> GetAsync();

    /// <summary>The account when <paramref name="passphrase"/> is its passphrase; 401 otherwise (callers pause repeated failures).</summary>
    [Alias("SignIn")]
    Task<AccountDetails> SignInAsync(string? passphrase);

    /// <summary>
    /// Lets the account work in one more challenge (an organiser creating it, an invite redeemed), at <paramref name="venueId"/>
    /// or for the whole season: the latest invite redeemed decides.
    /// </summary>
    [Alias("AddChallenge")]
    Task<AccountDetails> AddChallengeAsync(Guid challengeId, Guid? venueId = null);
}
