using System.ComponentModel.DataAnnotations;
using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Grains.Teams;

/// <summary>
/// A team as its challenge registers it; the join code lets pupils join on a tablet. <paramref name="CoachId"/> is the
/// coach who registered it (none when the organiser did).
/// </summary>
[GenerateSerializer, Immutable, Alias("TeamDetails")]
public sealed record TeamDetails(Guid Id, Guid ChallengeId, string Name, string School, string JoinCode, Guid? CoachId = null);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/teams</c>.</summary>
[GenerateSerializer, Immutable, Alias("RegisterTeamRequest")]
public sealed record RegisterTeamRequest(
    [property: MaxLength(ChallengeGrain.MaxTeamNameLength)] string? Name,
    [property: MaxLength(ChallengeGrain.MaxSchoolLength)] string? School);

/// <summary>
/// Body of <c>POST /api/challenges/{challengeId}/teams/import</c>: a roster list as a spreadsheet saves it (one team per
/// line: team name, and optionally its school) and the school of every line that names none.
/// </summary>
[GenerateSerializer, Immutable, Alias("RosterImportRequest")]
public sealed record RosterImportRequest(
    [property: MaxLength(ChallengeGrain.MaxRosterLength)] string? Csv,
    [property: MaxLength(ChallengeGrain.MaxSchoolLength)] string? School);
