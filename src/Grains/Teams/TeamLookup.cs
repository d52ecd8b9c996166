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

        return (team, await FindChallengeAsync(grains, challengeId));
    }

    /// <summary>
    /// The team's challenge, for a grain of the team that already found the team in <paramref name="teamChallengeId"/>
    /// (<see cref="Guid.Empty"/> when it has not yet): a team never moves to another challenge, so only the challenge is read,
    /// whose stage and framework do change. 404 as <see cref="FindAsync"/>.
    /// </summary>
    public static async Task<Challenges.ChallengeDetails> FindChallengeAsync(IGrainFactory grains, Guid challengeId, Guid teamId, Guid teamChallengeId)
    {
        if (teamChallengeId == Guid.Empty)
        {
            return (await FindAsync(grains, challengeId, teamId)).Challenge;
        }

        return teamChallengeId == challengeId
            ? await FindChallengeAsync(grains, challengeId)
            : throw DomainException.NotFound(ProblemTypes.TeamNotFound, teamId);
    }

    private static async Task<Challenges.ChallengeDetails> FindChallengeAsync(IGrainFactory grains, Guid challengeId) =>
        await grains.GetGrain<Challenges.IChallengeGrain>(challengeId).GetAsync()
            ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, challengeId);
}
