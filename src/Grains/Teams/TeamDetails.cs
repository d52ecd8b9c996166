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
