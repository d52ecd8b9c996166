using ChallengeHub.Grains.Badges.Credentials;

namespace ChallengeHub.Grains.Tests.Badges;

public sealed class EvidenceLocatorTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ABadgeMakesItsEvidenceFindableByMilestoneIdAndLeavesOtherMilestonesUnknown()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var cited = await _grains.MilestoneAsync(team, "Motor getest");
        var other = await _grains.MilestoneAsync(team, "Schema getekend");

        await _grains.BadgeAsync(team, milestoneIds: [cited.Id]);

        Assert.Equal(new BadgeLocation(challenge.Id, team.Id), await _grains.GetGrain<IEvidenceLocatorGrain>(cited.Id).GetAsync());
        Assert.Null(await _grains.GetGrain<IEvidenceLocatorGrain>(other.Id).GetAsync());
    }
}
