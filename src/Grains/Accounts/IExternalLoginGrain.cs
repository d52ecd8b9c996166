namespace ChallengeHub.Grains.Accounts;

/// <summary>
/// Which ChallengeHub account a person signed in at an external OpenID Connect provider is. Keyed by
/// <see cref="ExternalLogins.Key"/> (issuer and subject); it keeps the account id only, nothing of the provider's profile.
/// </summary>
[Alias("IExternalLoginGrain")]
public interface IExternalLoginGrain : IGrainWithStringKey
{
    /// <summary>
    /// The linked account. The first sign-in of a subject needs <paramref name="inviteCode"/>: it creates the invited account
    /// under <paramref name="displayName"/> and links it. Without an invite an unknown subject is refused (401).
    /// </summary>
    [Alias("SignIn")]
    Task<AccountDetails> SignInAsync(string? inviteCode, string? displayName);
}

public static class ExternalLogins
{
    /// <summary>A subject is unique only at its issuer: two providers may both have a subject "42".</summary>
    public static string Key(string issuer, string subject) => $"{issuer}|{subject}";
}
