using System.Collections.Immutable;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Walls;

/// <summary>
/// A wall pushes a milestone at once and writes it with its next group commit. Here the wall is lost right after pushing one
/// (injected, as when its silo dies before the group commit): it comes back under a new epoch, so that no sequence number it
/// handed out is handed out again with other content, and gets the milestone again from the team's log.
/// </summary>
public sealed class WallGroupCommitTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AWallLostBeforeItsGroupCommitComesBackUnderANewEpochWithTheMilestoneFromTheLog()
    {
        var grains = fixture.Grains;
        var challenge = await grains.ChallengeAsync();
        var team = await grains.TeamAsync(challenge.Id);
        var first = await grains.WallAsync(challenge.Id);
        await grains.MilestoneAsync(team, title: "Frame gelast");

        fixture.Faults.CrashWallAfterNextPush(challenge.Id);
        await grains.MilestoneAsync(team, title: "Motor gemonteerd");
        var lost = fixture.Feed.ReceivedFor(challenge.Id)[^1];
        Assert.Equal((first.Epoch, "Motor gemonteerd"), (lost.Epoch, lost.Milestone?.Title));

        var reactivated = await grains.WallAsync(challenge.Id);
        var resent = await DeltaCountingAsync(challenge.Id, reactivated.Epoch, milestones: 2);

        Assert.True(reactivated.Epoch > first.Epoch, $"epoch {reactivated.Epoch} after {first.Epoch}");
        Assert.Equal("Motor gemonteerd", resent.Milestone?.Title);
        var wall = await grains.WallAsync(challenge.Id);
        Assert.Equal((2, reactivated.Epoch), (wall.MilestonesLogged, wall.Epoch));
        Assert.Equal(["Motor gemonteerd", "Frame gelast"], wall.Teams.Single().RecentMilestones.Select(m => m.Title));
    }

    [Fact]
    public async Task AMilestoneThatReachesALostWallFirstWaitsForTheOnesItLostAndAllShowInOrder()
    {
        var grains = fixture.Grains;
        var challenge = await grains.ChallengeAsync();
        var team = await grains.TeamAsync(challenge.Id);
        var first = await grains.WallAsync(challenge.Id);
        await grains.MilestoneAsync(team, title: "Frame gelast");
        fixture.Faults.CrashWallAfterNextPush(challenge.Id);
        await grains.MilestoneAsync(team, title: "Motor gemonteerd");

        await grains.MilestoneAsync(team, title: "Eerste rit");
        await DeltaCountingAsync(challenge.Id, first.Epoch + 1, milestones: 3);

        var wall = await grains.WallAsync(challenge.Id);
        Assert.Equal(3, wall.MilestonesLogged);
        Assert.Equal(["Eerste rit", "Motor gemonteerd", "Frame gelast"], wall.Teams.Single().RecentMilestones.Select(m => m.Title));
    }

    /// <summary>The first delta of <paramref name="epoch"/> after which the wall counts <paramref name="milestones"/> milestones.</summary>
    private async Task<WallDelta> DeltaCountingAsync(Guid challengeId, long epoch, int milestones)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Bound);
        for (var count = fixture.Feed.ReceivedFor(challengeId).Length; ; count++)
        {
            ImmutableArray<WallDelta> deltas = await fixture.Feed.WaitForAsync(challengeId, count).WaitAsync(timeout.Token);
            if (deltas.FirstOrDefault(d => d.Epoch == epoch && d.Counts?.MilestonesLogged == milestones) is { } delta)
            {
                return delta;
            }
        }
    }
}
