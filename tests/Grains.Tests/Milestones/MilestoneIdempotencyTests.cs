using ChallengeHub.Grains.Milestones;

namespace ChallengeHub.Grains.Tests.Milestones;

public sealed class MilestoneIdempotencyTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ConcurrentRetriesWithOneKeyStoreOneMilestone()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var before = await _grains.WallAsync(challenge.Id);
        var key = Guid.NewGuid().ToString();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _grains.MilestoneAsync(team, idempotencyKey: key)));

        var stored = Assert.Single(await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id));
        Assert.All(results, result => Assert.Equal(stored.Id, result.Id));
        var after = await _grains.WallAsync(challenge.Id);
        Assert.Equal(1, after.MilestonesLogged);
        Assert.Equal(before.Sequence + 1, after.Sequence);
    }

    [Fact]
    public async Task ReusingAKeyForAnotherMilestoneIsUnprocessable()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var first = await _grains.MilestoneAsync(team, "Kit uitgepakt", idempotencyKey: "tablet-3/17");

        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.MilestoneAsync(team, "Motor draait", idempotencyKey: "tablet-3/17"));
        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable,
            () => _grains.MilestoneAsync(team, "Kit uitgepakt", competenceIds: ["samenwerken"], idempotencyKey: "tablet-3/17"));

        Assert.Equal([first.Id], (await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id)).Select(m => m.Id));
    }

    [Fact]
    public async Task RetryAfterSuccessReturnsTheFirstMilestone()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var first = await _grains.MilestoneAsync(team, "Schema getekend", competenceIds: ["ontwerpen-bouwen", "presenteren"], idempotencyKey: "a");
        var second = await _grains.MilestoneAsync(team, "Motor draait", idempotencyKey: "b");

        var retry = await _grains.MilestoneAsync(team, "Schema getekend", competenceIds: ["presenteren", "ontwerpen-bouwen"], idempotencyKey: "a");

        Assert.Equivalent(first, retry, strict: true);
        Assert.Equal([second.Id, first.Id], (await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id)).Select(m => m.Id));
    }

    [Fact]
    public async Task SameBodyWithoutAKeyIsANewMilestone()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);

        var first = await _grains.MilestoneAsync(team);
        var second = await _grains.MilestoneAsync(team);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, (await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id)).Length);
    }
}
