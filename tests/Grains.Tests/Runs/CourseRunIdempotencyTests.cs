namespace ChallengeHub.Grains.Tests.Runs;

public sealed class CourseRunIdempotencyTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ConcurrentRetriesWithOneKeyStoreOneRun()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var key = Guid.NewGuid().ToString();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _grains.RunAsync(team, 14_200, note: "Nieuwe batterij", idempotencyKey: key)));

        var stored = Assert.Single((await _grains.RunsAsync(team)).Runs);
        Assert.All(results, result => Assert.Equal(stored, result));
    }

    [Fact]
    public async Task RetryAfterSuccessReturnsTheFirstRunAndStoresNothing()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var first = await _grains.RunAsync(team, 14_200, completed: false, note: "Wiel los", idempotencyKey: "tablet-2/1");
        var second = await _grains.RunAsync(team, 13_900, idempotencyKey: "tablet-2/2");

        var retry = await _grains.RunAsync(team, 14_200, completed: false, note: " Wiel los ", idempotencyKey: "tablet-2/1");

        Assert.Equal(first, retry);
        Assert.Equal([second, first], (await _grains.RunsAsync(team)).Runs);
    }

    [Fact]
    public async Task ReusingAKeyForAnotherRunIsUnprocessableAndStoresNothing()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var first = await _grains.RunAsync(team, 14_200, idempotencyKey: "tablet-5/9");

        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.RunAsync(team, 14_300, idempotencyKey: "tablet-5/9"));
        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.RunAsync(team, 14_200, completed: false, idempotencyKey: "tablet-5/9"));
        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.RunAsync(team, 14_200, note: "Anders", idempotencyKey: "tablet-5/9"));

        Assert.Equal([first], (await _grains.RunsAsync(team)).Runs);
    }

    [Fact]
    public async Task SameRunWithoutAKeyIsANewRun()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);

        var first = await _grains.RunAsync(team, 14_200);
        var second = await _grains.RunAsync(team, 14_200);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, (await _grains.RunsAsync(team)).Runs.Length);
    }
}
