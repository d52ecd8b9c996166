using System.Collections.Immutable;
using ChallengeHub.Grains.Privacy;

namespace ChallengeHub.Grains.Milestones;

/// <summary>A team's milestone log. Keyed by team id.</summary>
[Alias("IMilestoneLogGrain")]
public interface IMilestoneLogGrain : IGrainWithGuidKey, IPupilDataHolder
{
    /// <summary>
    /// Stores a milestone and tells the wall. With an <paramref name="idempotencyKey"/> seen before, returns the milestone
    /// stored under it and stores nothing; the same key with a different milestone is refused (422).
    /// <paramref name="authorId"/> is the pupil logging it, none when their coach or the organiser does.
    /// </summary>
    [Alias("Log")]
    Task<Milestone> LogAsync(Guid challengeId, LogMilestoneRequest request, string? idempotencyKey, Guid? authorId = null);

    /// <summary>The team's milestones, newest first.</summary>
    [Alias("List")]
    Task<ImmutableArray<Milestone>> ListAsync(Guid challengeId);

    /// <summary>
    /// The wall lost what it was sent after milestone <paramref name="appliedThrough"/> (its silo died before its group commit):
    /// the log sends those milestones again. One-way, so that a wall activating never waits on a log that waits on it.
    /// </summary>
    [Alias("ResendToWall"), OneWay]
    Task ResendToWallAsync(int appliedThrough);

    /// <summary>The ids among <paramref name="milestoneIds"/> that this log does not hold.</summary>
    [Alias("FindUnknown")]
    Task<ImmutableArray<Guid>> FindUnknownAsync(ImmutableArray<Guid> milestoneIds);
}
