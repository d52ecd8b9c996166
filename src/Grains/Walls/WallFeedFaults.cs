using System.Collections.Concurrent;

namespace ChallengeHub.Grains.Walls;

/// <summary>
/// Faults that tests inject, when registered as a singleton in a silo: right after a feed for a chosen challenge has stored
/// an entry, its grain is lost and the request fails before the wall is called, as when its silo dies between the two writes;
/// or the wall is lost right after pushing a change that waits for its group commit.
/// </summary>
public sealed class WallFeedFaults
{
    private readonly ConcurrentDictionary<Guid, int> _crashes = new();
    private readonly ConcurrentDictionary<Guid, bool> _wallCrashes = new();

    /// <summary>The wall of <paramref name="challengeId"/> is lost, unwritten, right after it pushes its next grouped change.</summary>
    public void CrashWallAfterNextPush(Guid challengeId) => _wallCrashes[challengeId] = true;

    internal bool TakeWallCrash(Guid challengeId) => _wallCrashes.TryRemove(challengeId, out _);

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
