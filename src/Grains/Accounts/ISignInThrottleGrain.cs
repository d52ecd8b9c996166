namespace ChallengeHub.Grains.Accounts;

/// <summary>
/// Failed staff sign-ins under one name (keyed by <see cref="AccountNames.Key"/>, whether or not an account has it), counted per
/// client address: failures from one client pause that client only, so nobody can lock a juror out from elsewhere. Kept in
/// memory; a restart forgets the pauses, which only ever lets people in sooner.
/// </summary>
[Alias("ISignInThrottleGrain")]
public interface ISignInThrottleGrain : IGrainWithStringKey
{
    /// <summary>When the client may try this name again, or <c>null</c> when it may now.</summary>
    [Alias("PausedUntil")]
    Task<DateTimeOffset?> PausedUntilAsync(string client);

    /// <summary>Counts a failure of the client; returns the end of the pause it started, if it started one.</summary>
    [Alias("Failed")]
    Task<DateTimeOffset?> FailedAsync(string client);

    /// <summary>A right passphrase from the client forgets its failures.</summary>
    [Alias("Succeeded")]
    Task SucceededAsync(string client);
}

public sealed class SignInThrottleGrain(TimeProvider time) : Grain, ISignInThrottleGrain
{
    /// <summary>Four failures from a client are free; the fifth pauses it for 30 seconds, the sixth for a minute, and so on.</summary>
    public const int FreeFailures = 5;

    /// <summary>Clients remembered per name; beyond it, the ones with nothing left to remember are dropped first.</summary>
    private const int MaxClients = 1000;

    private readonly Dictionary<string, Throttle> _clients = [];

    public Task<DateTimeOffset?> PausedUntilAsync(string client) =>
        Task.FromResult(_clients.TryGetValue(client, out var throttle) && throttle.IsPaused(time.GetUtcNow()) ? throttle.PausedUntil : null);

    public Task<DateTimeOffset?> FailedAsync(string client)
    {
        var now = time.GetUtcNow();
        if (!_clients.TryGetValue(client, out var throttle))
        {
            if (_clients.Count >= MaxClients)
            {
                foreach (var forgotten in _clients.Where(c => c.Value.IsForgotten(now)).Select(c => c.Key).ToList())
                {
                    _clients.Remove(forgotten);
                }
            }

            _clients[client] = throttle = new Throttle(FreeFailures);
        }

        return Task.FromResult(throttle.Fail(now));
    }

    public Task SucceededAsync(string client)
    {
        _clients.Remove(client);
        return Task.CompletedTask;
    }
}
