using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Observability;

namespace ChallengeHub.Silo.Accounts;

/// <summary>
/// Checks a staff name and passphrase, the same way for the cookie session and the bearer token. An unknown name and a wrong
/// passphrase get the same answer in about the same time (a dummy hash), and failures pause only the client that made them,
/// for that name, with growing pauses: nobody can lock a juror out from elsewhere.
/// </summary>
public static class StaffSignIn
{
    public static async Task<AccountDetails> FindAccountAsync(Credentials credentials, HttpContext http, IGrainFactory grains, IAuditTrail audit)
    {
        SignInChecks.Credentials(credentials);
        var name = credentials.DisplayName?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            throw AccountGrain.UnknownName(credentials.Passphrase);
        }

        var key = AccountNames.Key(name);
        var client = SignInChecks.ClientOf(http);
        var throttle = grains.GetGrain<ISignInThrottleGrain>(key);
        if (await throttle.PausedUntilAsync(client) is { } until)
        {
            await audit.RecordAsync(http, new AuditEvent("sign-in-paused", Outcome: $"paused until {until:O}"));
            throw DomainException.Locked(until);
        }

        var accountId = await grains.GetGrain<IAccountNameGrain>(key).GetAsync();
        try
        {
            var account = accountId is { } id
                ? await grains.GetGrain<IAccountGrain>(id).SignInAsync(credentials.Passphrase)
                : throw AccountGrain.UnknownName(credentials.Passphrase);
            await throttle.SucceededAsync(client);
            return account;
        }
        catch (DomainException refused) when (refused.Kind == DomainErrorKind.Unauthenticated)
        {
            var paused = await throttle.FailedAsync(client);
            await audit.RecordAsync(http, new AuditEvent("sign-in-failed", Subject: accountId?.ToString(),
                Outcome: (accountId is null ? "unknown name" : "wrong passphrase") + (paused is { } p ? $"; client paused until {p:O}" : string.Empty)));
            throw;
        }
    }
}
