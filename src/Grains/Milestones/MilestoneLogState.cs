using System.Collections.Immutable;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Milestones;

[GenerateSerializer, Alias("MilestoneLogState")]
public sealed class MilestoneLogState : IWallFeedState
{
    [Id(0)]
    public Guid ChallengeId { get; set; }

    /// <summary>
    /// The milestones after the sealed pages (the open tail), oldest first; <see cref="LoggedMilestone.Number"/> counts from 1
    /// without gaps over the pages and the tail. A log stored before it had pages holds every milestone here.
    /// </summary>
    [Id(1)]
    public ImmutableArray<LoggedMilestone> Milestones { get; set; } = [];

    /// <summary>How many milestones the wall has acknowledged, as far as this log knows (it may lag: the wall ignores repeats).</summary>
    [Id(2)]
    public int WallSyncedThrough { get; set; }

    /// <summary>
    /// How many pages of <see cref="MilestoneLogGrain.PageSize"/> milestones are sealed, each stored as a
    /// <see cref="MilestonePage"/> of its own. A page with a higher number is left from an interrupted seal and ignored.
    /// </summary>
    [Id(3)]
    public int SealedPages { get; set; }

    public int EntryCount => SealedPages * MilestoneLogGrain.PageSize + Milestones.Length;
}

/// <summary>
/// A stored milestone. <paramref name="Evidence"/> is what the wall needs of its photos (who logged the milestone and who
/// uploaded each photo), found when it was stored and sent with it; absent for milestones stored before the log kept it.
/// </summary>
[GenerateSerializer, Immutable, Alias("LoggedMilestone")]
public sealed record LoggedMilestone(int Number, Milestone Milestone, string? IdempotencyKey, ImmutableArray<WallPhoto>? Evidence = null) : IIdempotentEntry
{
    public bool Repeats(string title, string story, ImmutableArray<string> competenceIds, ImmutableArray<Guid> orderIds, ImmutableArray<Guid> photoIds) =>
        Milestone.Title == title && Milestone.Story == story && Milestone.CompetenceIds.ToHashSet().SetEquals(competenceIds)
        && (Milestone.OrderIds ?? []).ToHashSet().SetEquals(orderIds)
        && (Milestone.PhotoIds ?? []).SequenceEqual(photoIds);
}
