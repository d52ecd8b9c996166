using System.Collections.Concurrent;

namespace ChallengeHub.Grains.Walls;

/// <summary>
/// A fault that tests inject, when registered as a singleton in a silo: right after a feed for a chosen challenge has stored
/// an entry, its grain is lost and the request fails before the wall is called, as when its silo dies between the two writes.
/// </summary>
public sealed class WallFeedFaults
{
    private readonly ConcurrentDictionary<Guid, int> _crashes = new();

    /// <summary>The next entry any feed of <paramref name="challengeId"/> stores never reaches the wall from that activation.</summary>
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
