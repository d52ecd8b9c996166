namespace ChallengeHub.Grains.Accounts;

/// <summary>
/// Failed attempts of one kind (a name from one client, a nickname of a team) and the pause they earned: a few are free,
/// then every further failure doubles the pause, up to <see cref="MaxPause"/>. A pause ends by itself; nothing locks for good.
/// </summary>
public sealed class Throttle(int freeFailures)
{
    public static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(15);

    /// <summary>After this long without a failure, earlier failures are forgotten.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    public int Failures { get; private set; }

    public DateTimeOffset LastFailure { get; private set; }

    public DateTimeOffset? PausedUntil { get; private set; }

    public bool IsPaused(DateTimeOffset now) => PausedUntil > now;

    /// <summary>Counts a failure; returns the end of the pause it starts, or <c>null</c> while failures are still free.</summary>
    public DateTimeOffset? Fail(DateTimeOffset now)
    {
        if (now - LastFailure > Memory)
        {
            Failures = 0;
        }

        (Failures, LastFailure) = (Failures + 1, now);
        if (Failures < freeFailures)
        {
            return null;
        }

        var doublings = Math.Min(Failures - freeFailures, 10);
        var pause = TimeSpan.FromTicks(Math.Min(FirstPause.Ticks << doublings, MaxPause.Ticks));
        PausedUntil = now + pause;
        return PausedUntil;
    }

    /// <summary>True when nothing is remembered any more, so the throttle can be dropped.</summary>
    public bool IsForgotten(DateTimeOffset now) => !IsPaused(now) && now - LastFailure > Memory;
}
