using System.Collections.Concurrent;

namespace ChallengeHub.Grains.Walls;

/// <summary>
/// How many stored entries the team feeds active on this silo have not yet seen acknowledged by their wall, per wall. The
/// host reads it as a gauge: a backlog that stays above zero means a wall is not catching up.
/// </summary>
public sealed class WallFeedBacklog
{
    private readonly ConcurrentDictionary<(Guid ChallengeId, GrainId Feed), int> _behind = new();

    public void Report(Guid challengeId, GrainId feed, int behind)
    {
        if (behind > 0)
        {
            _behind[(challengeId, feed)] = behind;
        }
        else
        {
            _behind.TryRemove((challengeId, feed), out _);
        }
    }

    /// <summary>The entries each wall still waits for; walls that wait for none are left out.</summary>
    public IEnumerable<(Guid ChallengeId, int Behind)> PerWall() =>
        _behind.GroupBy(entry => entry.Key.ChallengeId, entry => entry.Value).Select(wall => (wall.Key, wall.Sum()));
}
