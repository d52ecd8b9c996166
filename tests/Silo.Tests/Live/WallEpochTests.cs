namespace ChallengeHub.Silo.Tests.Live;

/// <summary>
/// The wall pushes a milestone at once and writes it with its next group commit. When the wall is lost in between (injected
/// right after the push, as when its silo dies), watchers get the milestones again under a new epoch, and the snapshot they
/// then fetch (as the wall page does on a new epoch) holds every milestone, under that epoch.
/// </summary>
public sealed class WallEpochTests(SiloFixture silo)
{
    [Fact]
    public async Task AWatcherOfAWallLostBeforeItsGroupCommitGetsTheMilestonesAgainUnderANewEpochAndTheSnapshotHoldsThem()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        await using var watcher = await WallWatcher.StartAsync(silo.BaseAddress, challenge.Id, cancellationToken);
        var (epoch, sequence) = (watcher.Snapshot.Epoch, watcher.Snapshot.Sequence);

        silo.Faults.CrashWallAfterNextPush(challenge.Id);
        var lost = await http.LogMilestoneAsync(team, "Voeding veilig aangesloten", "veilig-werken");
        var pushed = Assert.Single(await watcher.ReceiveAsync(1, cancellationToken));
        Assert.Equal((epoch, sequence + 1, lost.Id), (pushed.Epoch, pushed.Sequence, pushed.Milestone!.Id));

        var next = await http.LogMilestoneAsync(team, "Motor draait", "veilig-werken");
        var again = await watcher.ReceiveAsync(2, cancellationToken);

        Assert.All(again, d => Assert.Equal(epoch + 1, d.Epoch));
        Assert.Equal([(sequence + 1, lost.Id), (sequence + 2, next.Id)], again.Select(d => (d.Sequence, d.Milestone!.Id)));
        var wall = await http.GetWallAsync(challenge.Id);
        Assert.Equal((epoch + 1, sequence + 2, 2), (wall.Epoch, wall.Sequence, wall.MilestonesLogged));
        Assert.Equal([next.Id, lost.Id], wall.Teams.Single().RecentMilestones.Select(m => m.Id));
    }
}
