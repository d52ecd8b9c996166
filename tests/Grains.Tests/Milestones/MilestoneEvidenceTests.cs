using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Tests.Shop;

namespace ChallengeHub.Grains.Tests.Milestones;

public sealed class MilestoneEvidenceTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AMilestoneCanPointToTheTeamsOwnOrders()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.ShopAsync(challenge.Id);
        var team = await _grains.TeamAsync(challenge.Id);
        var order = await _grains.OrderAsync(team);
        await _grains.ApproveAsync(team, order.Id);

        var milestone = await Log(team, [order.Id]);

        Assert.Equal([order.Id], milestone.OrderIds!.Value);
        Assert.Equal([order.Id], (await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id)).Single().OrderIds!.Value);
    }

    [Fact]
    public async Task AnOrderOfAnotherTeamIsNotEvidenceAndNothingIsStored()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.ShopAsync(challenge.Id);
        var team = await _grains.TeamAsync(challenge.Id, "De Vonk");
        var other = await _grains.TeamAsync(challenge.Id, "Volt Vooruit");
        var foreign = await _grains.OrderAsync(other);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => Log(team, [foreign.Id]));

        Assert.Contains(foreign.Id.ToString(), refusal.Detail, StringComparison.Ordinal);
        Assert.Empty(await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id));
    }

    [Fact]
    public async Task ARetryWithOtherOrdersUnderTheSameKeyIsRefused()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.ShopAsync(challenge.Id);
        var team = await _grains.TeamAsync(challenge.Id);
        var first = await _grains.OrderAsync(team);
        var second = await _grains.OrderAsync(team);
        await Log(team, [first.Id], "sleutel-1");

        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => Log(team, [first.Id, second.Id], "sleutel-1"));

        Assert.Equal([first.Id], (await Log(team, [first.Id], "sleutel-1")).OrderIds!.Value);
    }

    private Task<Milestone> Log(ChallengeHub.Grains.Teams.TeamDetails team, Guid[] orderIds, string? idempotencyKey = null) =>
        _grains.GetGrain<IMilestoneLogGrain>(team.Id).LogAsync(team.ChallengeId,
            new("Bestelling verantwoord", "We vergeleken drie leveranciers.", ["plannen-aankopen"], orderIds), idempotencyKey);
}
