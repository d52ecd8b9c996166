using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// The lengths every sign-in, token, join, setup and invite request is checked against before any value becomes a grain key
/// or reaches a grain: a value far too long is a 400 at once, and is never logged.
/// </summary>
public static class SignInChecks
{
    /// <summary>Join, setup and invite codes are shorter; anything longer cannot be one.</summary>
    public const int MaxCodeLength = 32;

    public static void Credentials(Credentials credentials, string? code = null)
    {
        var validation = new Validation();
        validation.Fits("displayName", credentials.DisplayName, AccountGrain.MaxDisplayNameLength);
        validation.Fits("passphrase", credentials.Passphrase, PassphraseRules.MaxLength);
        validation.Fits("code", code, MaxCodeLength);
        validation.ThrowIfInvalid();
    }

    public static void Join(JoinRequest request)
    {
        var validation = new Validation();
        validation.Fits("joinCode", request.JoinCode, MaxCodeLength);
        validation.Fits("nickname", request.Nickname, TeamGrain.MaxNicknameLength);
        validation.Fits("pin", request.Pin, 8);
        validation.ThrowIfInvalid();
    }

    /// <summary>A code from the route or query, trimmed and in capitals, once it is short enough to be one.</summary>
    public static string Code(string? code, string field = "code")
    {
        var validation = new Validation();
        validation.Fits(field, code, MaxCodeLength);
        validation.ThrowIfInvalid();
        return code?.Trim().ToUpperInvariant() ?? string.Empty;
    }

    /// <summary>The client address failures are counted for (behind a trusted proxy, the one the forwarded headers name).</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
