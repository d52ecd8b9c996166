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

    /// <summary>Awards and revocations share one numbering, so that the wall applies them in the order they happened.</summary>
    public int EntryCount => Badges.Length + Badges.Count(b => b.RevokedAsNumber is not null);

    /// <summary>The level the team shows for a competence once entries 1 to <paramref name="number"/> apply: its highest badge not revoked by then.</summary>
    public int ShownLevelThrough(int number, string competenceId) =>
        Badges.Where(b => b.Number <= number && b.Badge.CompetenceId == competenceId && !(b.RevokedAsNumber <= number))
            .Select(b => b.Badge.Level).DefaultIfEmpty(0).Max();
}

[GenerateSerializer, Immutable, Alias("AwardedBadge")]
public sealed record AwardedBadge(int Number, Badge Badge, string? IdempotencyKey, int? RevokedAsNumber = null) : IIdempotentEntry
{
    public bool Repeats(string competenceId, int level, string feedback, string nextStep, ImmutableArray<Guid> milestoneIds, string observation) =>
        Badge.CompetenceId == competenceId && Badge.Level == level && Badge.Feedback == feedback && (Badge.NextStep ?? string.Empty) == nextStep
        && Badge.MilestoneIds.ToHashSet().SetEquals(milestoneIds) && (Badge.Observation ?? string.Empty) == observation;
}
