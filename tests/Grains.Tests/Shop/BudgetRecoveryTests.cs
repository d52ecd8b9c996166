using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Shop;
using ChallengeHub.Grains.Teams;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace ChallengeHub.Grains.Tests.Shop;

/// <summary>
/// An approval is two steps (the shop takes the stock, then the budget spends). These tests leave storage as a crash between
/// the steps would, and check that the budget finishes the approval exactly once.
/// </summary>
public sealed class BudgetRecoveryTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AnApprovalInterruptedAfterTheShopTookTheStockIsFinishedWhenTheBudgetWakesUp()
    {
        var (team, order) = await PendingOrderAsync();
        await CrashMidApprovalAsync(team, order);
        await _grains.GetGrain<IShopGrain>(team.ChallengeId).ReserveAsync(order.Id, order.Sku, order.Quantity, null);

        var budget = await WhenSettledAsync(team);

        Assert.Equal(OrderStatus.Approved, Assert.Single(budget.Orders).Status);
        Assert.Equal((1250L, 8750L), (budget.SpentCents, budget.LeftCents));
        Assert.Single(budget.Ledger, e => e.Kind == LedgerEntryKind.Approved);
        Assert.Equal(4, await _grains.StockLeftAsync(team.ChallengeId));
    }

    [Fact]
    public async Task AnApprovalInterruptedBeforeTheShopTookTheStockIsFinishedWhenTheCoachTriesAgain()
    {
        var (team, order) = await PendingOrderAsync();
        await CrashMidApprovalAsync(team, order);

        var approved = await _grains.ApproveAsync(team, order.Id);
        var again = await _grains.ApproveAsync(team, order.Id);

        Assert.Equal(OrderStatus.Approved, approved.Status);
        Assert.Equal(approved, again);
        var budget = await _grains.BudgetAsync(team);
        Assert.Equal(1250, budget.SpentCents);
        Assert.Single(budget.Ledger, e => e.Kind == LedgerEntryKind.Approved);
        Assert.Equal(4, await _grains.StockLeftAsync(team.ChallengeId));
    }

    [Fact]
    public async Task AnInterruptedApprovalTheStockCannotCoverGoesBackToPending()
    {
        var (team, order) = await PendingOrderAsync(motorStock: 1);
        await CrashMidApprovalAsync(team, order);
        var rival = await _grains.TeamAsync(team.ChallengeId, "Bouwers");
        await _grains.ApproveAsync(rival, (await _grains.OrderAsync(rival)).Id);

        var budget = await WhenSettledAsync(team);

        Assert.Equal(OrderStatus.Pending, Assert.Single(budget.Orders).Status);
        Assert.Equal(0, budget.SpentCents);
        Assert.Equal(0, await _grains.StockLeftAsync(team.ChallengeId));
    }

    private async Task<(TeamDetails Team, ShopOrder Order)> PendingOrderAsync(int motorStock = 5)
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id, defaultBudgetCents: 10_000, motorStock: motorStock);
        return (team, await _grains.OrderAsync(team));
    }

    /// <summary>Stores the order as "approving" with the budget grain deactivated, as if the silo died right after that write.</summary>
    private async Task CrashMidApprovalAsync(TeamDetails team, ShopOrder order)
    {
        var budget = _grains.Budget(team);
        await fixture.Cluster.DeactivateAsync(budget);
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(Constants.StorageName);
        var stored = new GrainState<BudgetState>();
        await storage.ReadStateAsync("budget", budget.GetGrainId(), stored);
        var approving = order with { Status = OrderStatus.Approving, DecidedBy = "Meneer Peeters", DecidedAt = DateTimeOffset.UtcNow };
        stored.State!.Orders = [new StoredOrder(approving, null, 10_000)];
        await storage.WriteStateAsync("budget", budget.GetGrainId(), stored);
    }

    /// <summary>The budget finishes interrupted approvals on a timer as it activates; no call signals that, so this looks until it has.</summary>
    private async Task<TeamBudget> WhenSettledAsync(TeamDetails team)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var budget = await _grains.BudgetAsync(team);
            if (budget.Orders.All(o => o.Status != OrderStatus.Approving) || DateTime.UtcNow > deadline)
            {
                return budget;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
