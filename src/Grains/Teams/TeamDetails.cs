namespace ChallengeHub.Grains.Teams;

/// <summary>A team as its challenge registers it; the join code lets pupils join on a tablet.</summary>
[GenerateSerializer, Immutable, Alias("TeamDetails")]
public sealed record TeamDetails(Guid Id, Guid ChallengeId, string Name, string School, string JoinCode);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/teams</c>.</summary>
[GenerateSerializer, Immutable, Alias("RegisterTeamRequest")]
public sealed record RegisterTeamRequest(string? Name, string? School);
