using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Walls;

/// <summary>
/// A team's milestone or badge is stored, then its grain is lost before the wall call (injected deterministically, so the
/// caller gets an error, as after a crash): the wall still gets it within the bound, by the feed's durable reminder, while
/// the team does nothing more.
/// </summary>
public sealed class WallCatchUpTests(ClusterFixture fixture)
{
    /// <summary>The reminder's period, twice over (its first tick can come a period late), with room for a loaded machine.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task AMilestoneWhoseWallCallWasLostReachesTheWallWithoutTheTeamActingAgain()
    {
        var grains = fixture.Grains;
        var challenge = await grains.ChallengeAsync();
        var team = await grains.TeamAsync(challenge.Id);
        await grains.WallAsync(challenge.Id);
        var before = fixture.Feed.ReceivedFor(challenge.Id).Length;

        fixture.Faults.CrashBeforeNextWallCall(challenge.Id);
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => grains.MilestoneAsync(team, title: "Remschijf gemonteerd"));

        var deltas = await fixture.Feed.WaitForAsync(challenge.Id, before + 1).WaitAsync(Bound, TestContext.Current.CancellationToken);
        Assert.Equal("Remschijf gemonteerd", Assert.Single(deltas.Skip(before)).Milestone?.Title);
        var wall = await grains.WallAsync(challenge.Id);
        Assert.Equal(1, wall.MilestonesLogged);
    }

    [Fact]
    public async Task ABadgeWhoseWallCallWasLostReachesTheWallWithoutTheJurorActingAgain()
    {
        var grains = fixture.Grains;
        var challenge = await grains.ChallengeAsync();
        var team = await grains.TeamAsync(challenge.Id);
        await grains.WallAsync(challenge.Id);
        var before = fixture.Feed.ReceivedFor(challenge.Id).Length;

        fixture.Faults.CrashBeforeNextWallCall(challenge.Id);
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => grains.BadgeAsync(team));

        var deltas = await fixture.Feed.WaitForAsync(challenge.Id, before + 1).WaitAsync(Bound, TestContext.Current.CancellationToken);
        Assert.Equal(WallDeltaKind.BadgeAwarded, Assert.Single(deltas.Skip(before)).Kind);
        Assert.Equal(1, (await grains.WallAsync(challenge.Id)).BadgesAwarded);
    }
}
