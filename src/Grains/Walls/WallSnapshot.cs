using System.Collections.Immutable;

namespace ChallengeHub.Grains.Walls;

/// <summary>
/// What every wall shows of a challenge at <paramref name="Sequence"/>: each team in name order with the level it has shown
/// per competence and its latest milestones, and challenge-wide counts. Never a ranking.
/// </summary>
[GenerateSerializer, Immutable, Alias("WallSnapshot")]
public sealed record WallSnapshot(
    Guid ChallengeId,
    string Title,
    long Sequence,
    int MilestonesLogged,
    int BadgesAwarded,
    ImmutableArray<WallTeam> Teams);

/// <summary>A team's card: every framework competence in framework order, with level 0 (not shown yet) to 4.</summary>
[GenerateSerializer, Immutable, Alias("WallTeam")]
public sealed record WallTeam(Guid Id, string Name, string School, ImmutableArray<CompetenceLevel> Competences, ImmutableArray<WallMilestone> RecentMilestones);

[GenerateSerializer, Immutable, Alias("CompetenceLevel")]
public sealed record CompetenceLevel(string CompetenceId, int Level);

/// <summary>A milestone as a wall shows it; the story is cut to one story line.</summary>
[GenerateSerializer, Immutable, Alias("WallMilestone")]
public sealed record WallMilestone(Guid Id, string Title, string Story, ImmutableArray<string> CompetenceIds, DateTimeOffset LoggedAt);
