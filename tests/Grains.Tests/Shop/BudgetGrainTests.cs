using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Shop;

namespace ChallengeHub.Grains.Tests.Shop;

public sealed class BudgetGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task OrderingSpendsNothingUntilTheCoachApproves()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id, defaultBudgetCents: 10_000);

        var order = await _grains.OrderAsync(team, quantity: 2);
        var pending = await _grains.BudgetAsync(team);
        var approved = await _grains.ApproveAsync(team, order.Id);
        var after = await _grains.BudgetAsync(team);

        Assert.Equal((OrderStatus.Pending, 2500L), (order.Status, order.AmountCents));
        Assert.Equal((10_000L, 0L, 10_000L), (pending.BudgetCents, pending.SpentCents, pending.LeftCents));
        Assert.Equal((OrderStatus.Approved, "Meneer Peeters"), (approved.Status, approved.DecidedBy));
        Assert.Equal((2500L, 7500L), (after.SpentCents, after.LeftCents));
        Assert.Equal(3, await _grains.StockLeftAsync(challenge.Id));
        Assert.Equal([LedgerEntryKind.Approved, LedgerEntryKind.Ordered], after.Ledger.Select(e => e.Kind));
        Assert.Equal(-2500, after.Ledger[0].AmountCents);
        Assert.Equal("Lotte", after.Ledger[1].Actor);
    }

    [Fact]
    public async Task ApprovingTwiceSpendsOnce()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id);
        var order = await _grains.OrderAsync(team);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _grains.ApproveAsync(team, order.Id)));

        var budget = await _grains.BudgetAsync(team);
        Assert.Equal(1250, budget.SpentCents);
        Assert.Single(budget.Ledger, e => e.Kind == LedgerEntryKind.Approved);
        Assert.Equal(4, await _grains.StockLeftAsync(challenge.Id));
    }

    [Fact]
    public async Task RejectingNeedsAReasonAndSpendsNothing()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id);
        var order = await _grains.OrderAsync(team);

        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.Budget(team).RejectAsync(challenge.Id, order.Id, new(" "), ShopArrange.Coach));
        var rejected = await _grains.Budget(team).RejectAsync(challenge.Id, order.Id, new("Eerst het schema tonen"), ShopArrange.Coach);

        Assert.Equal((OrderStatus.Rejected, "Eerst het schema tonen"), (rejected.Status, rejected.Reason));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.ApproveAsync(team, order.Id));
        var budget = await _grains.BudgetAsync(team);
        Assert.Equal(0, budget.SpentCents);
        Assert.Equal(LedgerEntryKind.Rejected, budget.Ledger[0].Kind);
        Assert.Equal(5, await _grains.StockLeftAsync(challenge.Id));
    }

    [Fact]
    public async Task PupilsCancelOnlyWhatIsNotApprovedYet()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id);
        var first = await _grains.OrderAsync(team);
        var second = await _grains.OrderAsync(team);
        await _grains.ApproveAsync(team, second.Id);

        var cancelled = await _grains.Budget(team).CancelAsync(challenge.Id, first.Id, new("Toch niet nodig"), ShopArrange.Pupil);
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.Budget(team).CancelAsync(challenge.Id, second.Id, new(null), ShopArrange.Pupil));

        Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
        Assert.Equal(1250, (await _grains.BudgetAsync(team)).SpentCents);
    }

    [Fact]
    public async Task ReturningAnApprovedOrderGivesBackBudgetAndStock()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id);
        var order = await _grains.OrderAsync(team, quantity: 3);
        await _grains.ApproveAsync(team, order.Id);

        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.Budget(team).ReturnAsync(challenge.Id, order.Id, new(""), ShopArrange.Coach));
        var returned = await _grains.Budget(team).ReturnAsync(challenge.Id, order.Id, new("Verkeerde spanning"), ShopArrange.Coach);
        var again = await _grains.Budget(team).ReturnAsync(challenge.Id, order.Id, new("Verkeerde spanning"), ShopArrange.Coach);

        Assert.Equal(OrderStatus.Returned, returned.Status);
        Assert.Equal(returned, again);
        var budget = await _grains.BudgetAsync(team);
        Assert.Equal((0L, 10_000L), (budget.SpentCents, budget.LeftCents));
        Assert.Equal((LedgerEntryKind.Returned, 3750L, "Verkeerde spanning"), (budget.Ledger[0].Kind, budget.Ledger[0].AmountCents, budget.Ledger[0].Why));
        Assert.Equal(5, await _grains.StockLeftAsync(challenge.Id));
    }

    [Fact]
    public async Task OrdersBeyondTheBudgetOrStockLeftAreRefusedWithTheReason()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id, defaultBudgetCents: 5000, motorStock: 2);

        var budget = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.OrderAsync(team, ShopArrange.Sensor, quantity: 17));
        var stock = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.OrderAsync(team, quantity: 3));

        Assert.Equal("Not enough budget left", budget.Title);
        Assert.Equal("Out of stock", stock.Title);
        Assert.Empty((await _grains.BudgetAsync(team)).Orders);
    }

    [Fact]
    public async Task AnApprovalTheBudgetCannotCoverLeavesTheOrderPending()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id, defaultBudgetCents: 2000);
        var first = await _grains.OrderAsync(team);
        var second = await _grains.OrderAsync(team);
        await _grains.ApproveAsync(team, first.Id);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.ApproveAsync(team, second.Id));

        Assert.Equal("Not enough budget left", refusal.Title);
        var budget = await _grains.BudgetAsync(team);
        Assert.Equal(OrderStatus.Pending, budget.Orders.Single(o => o.Id == second.Id).Status);
        Assert.Equal(750, budget.LeftCents);
        Assert.Equal(4, await _grains.StockLeftAsync(challenge.Id));
    }

    [Fact]
    public async Task ATeamsOwnBudgetIsSetWithAReasonButNotBelowWhatItSpent()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var other = await _grains.TeamAsync(challenge.Id, "Bouwers");
        await _grains.ShopAsync(challenge.Id, defaultBudgetCents: 10_000);
        await _grains.ApproveAsync(team, (await _grains.OrderAsync(team, quantity: 4)).Id);

        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.Budget(team).AdjustAsync(challenge.Id, new(6000, ""), ShopArrange.Organiser));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.Budget(team).AdjustAsync(challenge.Id, new(4999, "Kleinere opdracht"), ShopArrange.Organiser));
        var adjusted = await _grains.Budget(team).AdjustAsync(challenge.Id, new(12_000, "Extra sponsoring van de school"), ShopArrange.Organiser);

        Assert.Equal((12_000L, true, 7000L), (adjusted.BudgetCents, adjusted.OwnBudget, adjusted.LeftCents));
        Assert.Equal((LedgerEntryKind.BudgetAdjusted, 2000L, "Extra sponsoring van de school"), (adjusted.Ledger[0].Kind, adjusted.Ledger[0].AmountCents, adjusted.Ledger[0].Why));
        Assert.Equal((10_000L, false), ((await _grains.BudgetAsync(other)).BudgetCents, (await _grains.BudgetAsync(other)).OwnBudget));
    }

    [Fact]
    public async Task TheDefaultBudgetOnlyRisesOnceATeamSpentFromIt()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var shop = _grains.GetGrain<IShopGrain>(challenge.Id);
        await _grains.ShopAsync(challenge.Id, defaultBudgetCents: 10_000);
        Assert.Equal(8000, (await shop.SetDefaultBudgetAsync(new(8000))).DefaultBudgetCents);
        await _grains.ApproveAsync(team, (await _grains.OrderAsync(team, quantity: 4)).Id);

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => shop.SetDefaultBudgetAsync(new(5000)));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => shop.SetDefaultBudgetAsync(new(-1)));
        await shop.SetDefaultBudgetAsync(new(9000));

        Assert.Equal(4000, (await _grains.BudgetAsync(team)).LeftCents);
    }

    [Fact]
    public async Task AStockLimitCannotFallBelowWhatApprovedOrdersTook()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var shop = _grains.GetGrain<IShopGrain>(challenge.Id);
        await _grains.ShopAsync(challenge.Id);
        await _grains.ApproveAsync(team, (await _grains.OrderAsync(team, quantity: 3)).Id);

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => shop.SetCatalogueAsync(new([new(ShopArrange.Motor, "Motor 12 V", "", 1250, 2)])));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => shop.SetCatalogueAsync(new([new(ShopArrange.Sensor, "Sensor", "", 300, null)])));
        var catalogue = await shop.SetCatalogueAsync(new([new(ShopArrange.Motor, "Motor 12 V", "", 1400, 3)]));

        Assert.Equal(0, Assert.Single(catalogue.Items).StockLeft);
        Assert.Equal(3750, (await _grains.BudgetAsync(team)).SpentCents);
    }

    [Fact]
    public async Task OrdersForAnUnknownSkuAreUnprocessable()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id);

        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.OrderAsync(team, "SOLDEERBOUT"));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.OrderAsync(team, quantity: -1));

        Assert.Empty((await _grains.BudgetAsync(team)).Ledger);
    }

    [Fact]
    public async Task ATeamPlacesAHundredOrdersAndTheNextIsAConflict()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.ShopAsync(challenge.Id);
        for (var n = 0; n < BudgetRules.MaxOrders; n++)
        {
            await _grains.OrderAsync(team, ShopArrange.Sensor);
        }

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.OrderAsync(team, ShopArrange.Sensor));

        Assert.Equal((100, "Order list is full"), (BudgetRules.MaxOrders, refusal.Title));
        Assert.Equal(BudgetRules.MaxOrders, (await _grains.BudgetAsync(team)).Orders.Length);
    }
}
