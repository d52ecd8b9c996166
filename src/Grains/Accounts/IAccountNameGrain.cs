namespace ChallengeHub.Grains.Accounts;

/// <summary>Which account signs in under a display name. Keyed by the display name as <see cref="AccountNames.Key"/> normalises it.</summary>
[Alias("IAccountNameGrain")]
public interface IAccountNameGrain : IGrainWithStringKey
{
    /// <summary>Reserves the name for <paramref name="accountId"/>; false when another account holds it.</summary>
    [Alias("Claim")]
    Task<bool> ClaimAsync(Guid accountId);

    [Alias("Get")]
    Task<Guid?> GetAsync();
}
