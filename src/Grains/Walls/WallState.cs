using System.Collections.Immutable;

namespace ChallengeHub.Grains.Walls;

[GenerateSerializer, Alias("WallState")]
public sealed class WallState
{
    [Id(0)]
    public string? Title { get; set; }

    [Id(1)]
    public ImmutableArray<string> CompetenceIds { get; set; } = [];

    /// <summary>The sequence number of the last applied change; 0 before the first.</summary>
    [Id(2)]
    public long Sequence { get; set; }

    /// <summary>Kept in name order.</summary>
    [Id(3)]
    public List<WallTeamEntry> Teams { get; set; } = [];

    [Id(4)]
    public int MilestonesLogged { get; set; }

    [Id(5)]
    public int BadgesAwarded { get; set; }
}

[GenerateSerializer, Alias("WallTeamEntry")]
public sealed class WallTeamEntry
{
    [Id(0)]
    public Guid Id { get; set; }

    [Id(1)]
    public string Name { get; set; } = string.Empty;

    [Id(2)]
    public string School { get; set; } = string.Empty;

    [Id(3)]
    public Dictionary<string, int> Levels { get; set; } = [];

    /// <summary>Newest first, at most <see cref="WallGrain.RecentMilestones"/>.</summary>
    [Id(4)]
    public ImmutableArray<WallMilestone> Recent { get; set; } = [];

    /// <summary>The number of the last milestone from the team's log applied here; repeats are ignored.</summary>
    [Id(5)]
    public int LastMilestoneNumber { get; set; }

    /// <summary>The number of the last badge from the team's profile applied here; repeats are ignored.</summary>
    [Id(6)]
    public int LastBadgeNumber { get; set; }

    /// <summary>The team's pupils; a nickname only for those who consented to the wall.</summary>
    [Id(7)]
    public List<WallMember> Members { get; set; } = [];

    /// <summary>Who logged each of the <see cref="Recent"/> milestones (milestone id → pupil id); kept here, never shown.</summary>
    [Id(8)]
    public Dictionary<Guid, Guid> Authors { get; set; } = [];

    public WallTeam ToCard(ImmutableArray<string> competenceIds) =>
        new(Id, Name, School, [.. competenceIds.Select(c => new CompetenceLevel(c, Levels.GetValueOrDefault(c)))], [.. Recent.Select(Shown)],
            [.. Members.Select(m => m.Nickname).OfType<string>().Order(NameOrder.Comparer)], Members.Count);

    /// <summary>The milestone with its author's nickname as consent allows at this moment.</summary>
    public WallMilestone Shown(WallMilestone milestone) =>
        milestone with { Author = Authors.TryGetValue(milestone.Id, out var author) ? Members.Find(m => m.PupilId == author)?.Nickname : null };
}
