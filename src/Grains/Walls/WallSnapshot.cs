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

/// <summary>
/// A team's card: every framework competence in framework order, with level 0 (not shown yet) to 4. <paramref name="Members"/>
/// are the nicknames of the pupils who consented to the wall, by name; <paramref name="Pupils"/> counts every pupil of the team.
/// </summary>
[GenerateSerializer, Immutable, Alias("WallTeam")]
public sealed record WallTeam(
    Guid Id,
    string Name,
    string School,
    ImmutableArray<CompetenceLevel> Competences,
    ImmutableArray<WallMilestone> RecentMilestones,
    ImmutableArray<string>? Members = null,
    int Pupils = 0);

[GenerateSerializer, Immutable, Alias("CompetenceLevel")]
public sealed record CompetenceLevel(string CompetenceId, int Level);

/// <summary>
/// A milestone as a wall shows it; the story is cut to one story line. <paramref name="Author"/> is the nickname of the pupil
/// who logged it when they consented to the wall, otherwise absent ("a team member").
/// </summary>
[GenerateSerializer, Immutable, Alias("WallMilestone")]
public sealed record WallMilestone(
    Guid Id,
    string Title,
    string Story,
    ImmutableArray<string> CompetenceIds,
    DateTimeOffset LoggedAt,
    string? Author = null);

/// <summary>A pupil as the wall knows them: a nickname only when they consented to the wall.</summary>
[GenerateSerializer, Immutable, Alias("WallMember")]
public sealed record WallMember(Guid PupilId, string? Nickname);
