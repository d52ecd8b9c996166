using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Shop;

/// <summary>Several tablets and coaches at once: the outcome must be one that some serial order of the same requests gives.</summary>
public sealed class BudgetConcurrencyTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task FiftyConcurrentOrdersAndApprovalsOnOneBudgetEndAsSomeSerialOrderWould()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id, defaultBudgetCents: 7000, motorStock: 4);

        // Half the tablets want a motor (low stock), half two sensors (unlimited): stock runs out first, then the budget.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            OrderAndApproveAsync(team, i % 2 == 0 ? ShopArrange.Motor : ShopArrange.Sensor, i % 2 == 0 ? 1 : 2)));

        var budget = await _grains.BudgetAsync(team);
        var stockLeft = await _grains.StockLeftAsync(challenge.Id);
        AssertSerialOutcome(outcomes, budget, stockLeft);
        Assert.Equal(4, outcomes.Count(o => o.Order?.Sku == ShopArrange.Motor) + stockLeft);

        // Twenty-five pairs of sensors alone cost more than the budget, so whatever the order, some request met an empty budget.
        Assert.Contains(outcomes, o => o.Refusal == "Not enough budget left");
    }

    [Fact]
    public async Task ConcurrentApprovalsForSeveralTeamsNeverTakeMoreThanTheStock()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.ShopAsync(challenge.Id, defaultBudgetCents: 4000, motorStock: 7);
        var teams = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => _grains.TeamAsync(challenge.Id, $"Team {i}")));

        var outcomes = await Task.WhenAll(teams.SelectMany(team => Enumerable.Range(0, 10).Select(_ => OrderAndApproveAsync(team, ShopArrange.Motor, 1))));

        Assert.Equal(7, outcomes.Count(o => o.Order is not null));
        var stockLeft = await _grains.StockLeftAsync(challenge.Id);
        Assert.Equal(0, stockLeft);
        foreach (var team in teams)
        {
            var budget = await _grains.BudgetAsync(team);
            Assert.True(budget.SpentCents <= 3 * 1250);
            AssertSerialOutcome([.. outcomes.Where(o => o.TeamId == team.Id)], budget, stockLeft);
        }
    }

    [Fact]
    public async Task ConcurrentRetriesWithOneKeyStoreOneOrder()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id);
        var key = Guid.NewGuid().ToString();

        var orders = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _grains.OrderAsync(team, quantity: 2, idempotencyKey: key)));

        var stored = Assert.Single((await _grains.BudgetAsync(team)).Orders);
        Assert.All(orders, order => Assert.Equal(stored, order));
        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.OrderAsync(team, quantity: 3, idempotencyKey: key));
        Assert.Single((await _grains.BudgetAsync(team)).Orders);
    }

    /// <summary>
    /// Budget and stock only shrink here, so every refusal must still hold at the end, and what was spent must be exactly what
    /// the approved orders cost, debited once each.
    /// </summary>
    private static void AssertSerialOutcome(Outcome[] outcomes, TeamBudget budget, int? stockLeft)
    {
        var approved = outcomes.Where(o => o.Order is not null).Select(o => o.Order!).ToArray();
        Assert.Equal(approved.Sum(o => o.AmountCents), budget.SpentCents);
        Assert.Equal(budget.BudgetCents - budget.SpentCents, budget.LeftCents);
        Assert.True(budget.LeftCents >= 0);
        Assert.Equal(approved.Select(o => o.Id).Order(), budget.Ledger.Where(e => e.Kind == LedgerEntryKind.Approved).Select(e => e.OrderId!.Value).Order());
        Assert.Equal(-budget.SpentCents, budget.Ledger.Sum(e => e.AmountCents));
        Assert.All(budget.Orders.Where(o => approved.All(a => a.Id != o.Id)), o => Assert.Equal(OrderStatus.Pending, o.Status));
        foreach (var refused in outcomes.Where(o => o.Order is null))
        {
            switch (refused.Refusal)
            {
                case "Out of stock":
                    Assert.True(stockLeft < refused.Quantity, $"refused for stock while {stockLeft} left");
                    break;
                case "Not enough budget left":
                    Assert.True(budget.LeftCents < refused.AmountCents, $"refused for budget while {budget.LeftCents} left");
                    break;
                default:
                    Assert.Fail($"Unexpected refusal: {refused.Refusal}");
                    break;
            }
        }
    }

    private async Task<Outcome> OrderAndApproveAsync(TeamDetails team, string sku, int quantity)
    {
        var amount = quantity * (sku == ShopArrange.Motor ? 1250 : 300);
        try
        {
            var order = await _grains.OrderAsync(team, sku, quantity);
            return new(team.Id, quantity, amount, await _grains.ApproveAsync(team, order.Id), null);
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Conflict)
        {
            return new(team.Id, quantity, amount, null, refusal.Title);
        }
    }

    private sealed record Outcome(Guid TeamId, int Quantity, long AmountCents, ShopOrder? Order, string? Refusal);
}
