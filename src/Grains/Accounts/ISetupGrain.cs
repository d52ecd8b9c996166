namespace ChallengeHub.Grains.Accounts;

/// <summary>
/// The first start: until an organiser account exists, a one-time setup code (printed by the Silo) creates it.
/// A singleton, keyed 0.
/// </summary>
[Alias("ISetupGrain")]
public interface ISetupGrain : IGrainWithIntegerKey
{
    /// <summary>A fresh setup code while no organiser exists (earlier codes stop working), or <c>null</c> once one does.</summary>
    [Alias("IssueCode")]
    Task<string?> IssueCodeAsync();

    [Alias("IsNeeded")]
    Task<bool> IsNeededAsync();

    /// <summary>Creates the first organiser when <paramref name="code"/> is the current setup code.</summary>
    [Alias("Complete")]
    Task<AccountDetails> CompleteAsync(string? code, Credentials credentials);
}
