using System.Collections.Immutable;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Challenges;

/// <summary>A challenge: its definition, competence framework, lifecycle and team registry. Keyed by challenge id.</summary>
[Alias("IChallengeGrain")]
public interface IChallengeGrain : IGrainWithGuidKey
{
    /// <summary>Creates the challenge from its sector's framework template. Repeating the same creation returns the same challenge.</summary>
    [Alias("Create")]
    Task<ChallengeDetails> CreateAsync(CreateChallengeRequest request);

    /// <summary>The challenge, or <c>null</c> when it was never created. Interleaves: the wall asks while a registration waits on it.</summary>
    [Alias("Get"), AlwaysInterleave]
    Task<ChallengeDetails?> GetAsync();

    /// <summary>Registers a team with a fresh join code. Registering the same name and school again returns that team.</summary>
    [Alias("RegisterTeam")]
    Task<TeamDetails> RegisterTeamAsync(RegisterTeamRequest request);

    /// <summary>All teams, ordered by name (nl-BE collation) — never by merit.</summary>
    [Alias("GetTeams"), AlwaysInterleave]
    Task<ImmutableArray<TeamDetails>> GetTeamsAsync();
}
