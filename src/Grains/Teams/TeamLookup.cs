using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Teams;

public static class TeamLookup
{
    /// <summary>The team and its challenge, or 404 when the team is unknown or belongs to another challenge.</summary>
    public static async Task<(TeamDetails Team, Challenges.ChallengeDetails Challenge)> FindAsync(IGrainFactory grains, Guid challengeId, Guid teamId)
    {
        var team = await grains.GetGrain<ITeamGrain>(teamId).GetAsync();
        if (team is null || team.ChallengeId != challengeId)
        {
            throw DomainException.NotFound(ProblemTypes.TeamNotFound, teamId);
        }

        var challenge = await grains.GetGrain<Challenges.IChallengeGrain>(challengeId).GetAsync()
            ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, challengeId);
        return (team, challenge);
    }
}
