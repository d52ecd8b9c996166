using System.Collections.Immutable;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Badges;

[GenerateSerializer, Alias("CompetenceProfileState")]
public sealed class CompetenceProfileState : IWallFeedState
{
    [Id(0)]
    public Guid ChallengeId { get; set; }

    /// <summary>Oldest first; <see cref="AwardedBadge.Number"/> counts from 1 without gaps.</summary>
    [Id(1)]
    public ImmutableArray<AwardedBadge> Badges { get; set; } = [];

    /// <summary>How many badges the wall has acknowledged, as far as this profile knows.</summary>
    [Id(2)]
    public int WallSyncedThrough { get; set; }

    public int EntryCount => Badges.Length;
}

[GenerateSerializer, Immutable, Alias("AwardedBadge")]
public sealed record AwardedBadge(int Number, Badge Badge, string? IdempotencyKey)
{
    public bool Repeats(string competenceId, int level, string feedback, string nextStep, ImmutableArray<Guid> milestoneIds) =>
        Badge.CompetenceId == competenceId && Badge.Level == level && Badge.Feedback == feedback && (Badge.NextStep ?? string.Empty) == nextStep
        && Badge.MilestoneIds.ToHashSet().SetEquals(milestoneIds);
}
