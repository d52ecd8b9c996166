using System.Collections.Concurrent;

namespace ChallengeHub.Grains.Walls;

/// <summary>
/// A fault that tests inject, when registered as a singleton in a silo: the next wall call of a feed for a chosen challenge
/// fails and the feed's grain is deactivated, as when its silo is lost between the feed's write and the wall's.
/// </summary>
public sealed class WallFeedFaults
{
    private readonly ConcurrentDictionary<Guid, int> _crashes = new();

    /// <summary>The next wall call of any feed of <paramref name="challengeId"/> fails, and its grain goes with it.</summary>
    public void CrashBeforeNextWallCall(Guid challengeId) => _crashes.AddOrUpdate(challengeId, 1, (_, pending) => pending + 1);

    internal void ThrowIfCrashing(Grain owner, Guid challengeId)
    {
        if (!_crashes.TryGetValue(challengeId, out var pending) || pending == 0 || !_crashes.TryUpdate(challengeId, pending - 1, pending))
        {
            return;
        }

        owner.GrainContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "Injected fault: lost before the wall call"));
        throw new InvalidOperationException("Injected fault: the feed's grain was lost between its write and the wall's.");
    }
}
