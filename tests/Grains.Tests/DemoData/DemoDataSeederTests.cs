using ChallengeHub.DemoData;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.DemoData;

/// <summary>The run command seeds demo data on empty storage; a rule the seeder breaks would stop the Silo at start.</summary>
public sealed class DemoDataSeederTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task TheSeederFillsTwoRunningChallengesWithPupilsMilestonesAndBadgesThatKeepEveryRule()
    {
        var seeded = await new DemoDataSeeder(_grains).SeedAsync(TestContext.Current.CancellationToken);

        Assert.Equal([Sector.Electro, Sector.Construction], seeded.Challenges.Select(c => c.Sector));
        Assert.All(seeded.Challenges, c => Assert.Equal(ChallengeStatus.Running, c.Status));
        Assert.Equal(4, seeded.Accounts.Length);
        foreach (var challenge in seeded.Challenges)
        {
            var teams = await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync();
            Assert.Equal(6, teams.Length);
            foreach (var team in teams)
            {
                Assert.NotEmpty(await _grains.GetGrain<ITeamGrain>(team.Id).ListPupilsAsync());
                var badges = await _grains.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challenge.Id);
                var held = badges.Select(b => b.CompetenceId).ToHashSet();
                Assert.All(badges, badge => Assert.True(
                    challenge.Competences.Single(c => c.Id == badge.CompetenceId).Requires is not { } required || held.Contains(required),
                    $"{badge.CompetenceId} was awarded without its prerequisite."));
            }
        }
    }
}
