using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Push;

/// <summary>
/// The fixture's <see cref="WallFeed"/> is registered as the silo's observer before any test runs; these tests
/// watch their own challenge's deltas on it, the way a client watches after reading the snapshot.
/// </summary>
public sealed class PushTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task RegistryListsTheObserverOfTheActiveSilo()
    {
        var observers = await _grains.GetGrain<IPushRegistryGrain>(Constants.SingletonKey).GetObserversAsync();

        Assert.Equal(fixture.FeedReference.GetGrainId(), Assert.Single(observers).GetGrainId());
    }

    [Fact]
    public async Task WatcherReceivesEveryChangeOfItsChallengeInSequenceOrder()
    {
        var challenge = await _grains.ChallengeAsync();
        var snapshot = await _grains.WallAsync(challenge.Id);
        var teams = await Task.WhenAll(new[] { "De Vonk", "Bouwers", "Ährends" }.Select(name => _grains.TeamAsync(challenge.Id, name)));
        await Task.WhenAll(teams.Select(team => _grains.MilestoneAsync(team)));
        await Task.WhenAll(teams.Select(team => _grains.BadgeAsync(team)));

        var deltas = await fixture.Feed.WaitForAsync(challenge.Id, 9).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.All(deltas, delta => Assert.Equal(challenge.Id, delta.ChallengeId));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => snapshot.Sequence + i), deltas.Select(d => d.Sequence));
        Assert.Equal(
            [.. Enumerable.Repeat(WallDeltaKind.TeamRegistered, 3), .. Enumerable.Repeat(WallDeltaKind.MilestoneLogged, 3), .. Enumerable.Repeat(WallDeltaKind.BadgeAwarded, 3)],
            deltas.Select(d => d.Kind));
        Assert.Equal(teams.Select(t => t.Id).Order(), deltas.Where(d => d.Kind == WallDeltaKind.MilestoneLogged).Select(d => d.TeamId).Order());
        Assert.Equal(deltas[^1].Sequence, (await _grains.WallAsync(challenge.Id)).Sequence);
    }

    [Fact]
    public async Task DeltasCarryWhatChangedOnTheCard()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.WallAsync(challenge.Id);
        var team = await _grains.TeamAsync(challenge.Id);
        var milestone = await _grains.MilestoneAsync(team, "Motor draait");
        await _grains.BadgeAsync(team, "presenteren", 3);
        await _grains.BadgeAsync(team, "presenteren", 2);

        var deltas = await fixture.Feed.WaitForAsync(challenge.Id, 4).WaitAsync(Patience, TestContext.Current.CancellationToken);

        var card = deltas[0].Team!;
        Assert.Equal((team.Id, team.Name, team.School), (card.Id, card.Name, card.School));
        Assert.Equal(challenge.Competences.Select(c => c.Id), card.Competences.Select(c => c.CompetenceId));
        Assert.All(card.Competences, c => Assert.Equal(0, c.Level));
        Assert.Equal((milestone.Id, "Motor draait"), (deltas[1].Milestone!.Id, deltas[1].Milestone!.Title));
        Assert.Equal(new CompetenceLevel("presenteren", 3), deltas[2].Competence);
        Assert.Equal(new CompetenceLevel("presenteren", 3), deltas[3].Competence);
        Assert.All(deltas, delta => Assert.Equal(team.Id, delta.TeamId));
    }

    [Fact]
    public async Task ReplaysAreNotPushedAgain()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.WallAsync(challenge.Id);
        var team = await _grains.TeamAsync(challenge.Id, "De Vonk", "Sint-Jozefsinstituut");
        await _grains.MilestoneAsync(team, idempotencyKey: "m-1");
        await _grains.BadgeAsync(team, idempotencyKey: "b-1");
        await fixture.Feed.WaitForAsync(challenge.Id, 3).WaitAsync(Patience, TestContext.Current.CancellationToken);

        await _grains.TeamAsync(challenge.Id, "De Vonk", "Sint-Jozefsinstituut");
        await _grains.MilestoneAsync(team, idempotencyKey: "m-1");
        await _grains.BadgeAsync(team, idempotencyKey: "b-1");
        await _grains.MilestoneAsync(team, "Nieuwe stap");

        // The wall awaits each push before it answers, so every delta of the calls above has arrived by now.
        var deltas = fixture.Feed.ReceivedFor(challenge.Id);
        Assert.Equal([1L, 2, 3, 4], deltas.Select(d => d.Sequence));
        Assert.Equal("Nieuwe stap", deltas[^1].Milestone!.Title);
    }
}
