using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Silo.Tests.Live;

public sealed class TwoSiloTests(TwoSiloCluster cluster) : IClassFixture<TwoSiloCluster>
{
    [Fact]
    public async Task ChangesMadeThroughEitherSiloReachWatchersOnBothInOrder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var first = cluster.First.CreateClient();
        using var second = cluster.Second.CreateClient();
        var challenge = await first.CreateChallengeAsync();
        var team = await second.RegisterTeamAsync(challenge.Id, "De Schakelaars");
        await using var watcherOnFirst = await WallWatcher.StartAsync(cluster.First.BaseAddress, challenge.Id, cancellationToken);
        await using var watcherOnSecond = await WallWatcher.StartAsync(cluster.Second.BaseAddress, challenge.Id, cancellationToken);

        var milestone = await first.LogMilestoneAsync(team, "Kabelboom netjes afgewerkt", "bedraden");
        await second.AwardBadgeAsync(team, "bedraden", 3, milestone.Id);
        await first.LogMilestoneAsync(team, "Eerste rit op het parcours", "ontwerpen-bouwen");

        foreach (var watcher in new[] { watcherOnFirst, watcherOnSecond })
        {
            var deltas = await watcher.ReceiveAsync(3, cancellationToken);
            Assert.Equal(Enumerable.Range(1, 3).Select(i => watcher.Snapshot.Sequence + i), deltas.Select(d => d.Sequence));
            Assert.Equal([WallDeltaKind.MilestoneLogged, WallDeltaKind.BadgeAwarded, WallDeltaKind.MilestoneLogged], deltas.Select(d => d.Kind));
        }

        var wallFromFirst = await first.GetWallAsync(challenge.Id);
        var wallFromSecond = await second.GetWallAsync(challenge.Id);
        Assert.Equal(wallFromFirst.Sequence, wallFromSecond.Sequence);
        Assert.Equal(3, Assert.Single(wallFromSecond.Teams).Competences.Single(c => c.CompetenceId == "bedraden").Level);
    }
}
