using ChallengeHub.Grains.Walls;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChallengeHub.Silo.Tests.Live;

public sealed class LiveHubTests(SiloFixture silo)
{
    [Fact]
    public async Task TwoWatchersReceiveMilestoneAndBadgeInOrderWithConsecutiveSequenceNumbers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        await using var first = await WallWatcher.StartAsync(silo.BaseAddress, challenge.Id, cancellationToken);
        await using var second = await WallWatcher.StartAsync(silo.BaseAddress, challenge.Id, cancellationToken);

        var milestone = await http.LogMilestoneAsync(team, "Voeding veilig aangesloten", "veilig-werken");
        await http.AwardBadgeAsync(team, "veilig-werken", 2, milestone.Id);

        var wall = await http.GetWallAsync(challenge.Id);
        foreach (var watcher in new[] { first, second })
        {
            var deltas = await watcher.ReceiveAsync(2, cancellationToken);
            Assert.Equal([watcher.Snapshot.Sequence + 1, watcher.Snapshot.Sequence + 2], deltas.Select(d => d.Sequence));
            Assert.Equal([WallDeltaKind.MilestoneLogged, WallDeltaKind.BadgeAwarded], deltas.Select(d => d.Kind));
            Assert.Equal(milestone.Id, deltas[0].Milestone!.Id);
            Assert.Equal(new CompetenceLevel("veilig-werken", 2), deltas[1].Competence);
            Assert.All(deltas, d => Assert.Equal(team.Id, d.TeamId));
            Assert.Equal(wall.Sequence, deltas[^1].Sequence);
        }

        var card = Assert.Single(wall.Teams);
        Assert.Equal(milestone.Id, card.RecentMilestones[0].Id);
        Assert.Equal(2, card.Competences.Single(c => c.CompetenceId == "veilig-werken").Level);
    }

    [Fact]
    public async Task AWatcherSeesNewTeamsArriveAsCards()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync("construction");
        await using var watcher = await WallWatcher.StartAsync(silo.BaseAddress, challenge.Id, cancellationToken);

        var team = await http.RegisterTeamAsync(challenge.Id, "De Bouwbende", "KTA Gent");

        var delta = Assert.Single(await watcher.ReceiveAsync(1, cancellationToken));
        Assert.Equal(WallDeltaKind.TeamRegistered, delta.Kind);
        Assert.Equal(watcher.Snapshot.Sequence + 1, delta.Sequence);
        Assert.Equal(("De Bouwbende", "KTA Gent"), (delta.Team!.Name, delta.Team.School));
        Assert.Equal(challenge.Competences.Select(c => c.Id), delta.Team.Competences.Select(c => c.CompetenceId));
        Assert.All(delta.Team.Competences, c => Assert.Equal(0, c.Level));
        Assert.Equal(team.Id, delta.TeamId);
    }

    [Fact]
    public async Task WatchingAnUnknownChallengeIsRefusedWithAClearMessage()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var connection = ApiClient.CreateHubConnection(silo.BaseAddress);
        await connection.StartAsync(cancellationToken);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<WallSnapshot>("WatchChallenge", Guid.NewGuid(), cancellationToken));

        Assert.Contains("/problems/challenge-not-found There is no challenge", error.Message, StringComparison.Ordinal);
    }
}
