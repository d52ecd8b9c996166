using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Shop;
using ChallengeHub.Grains.Teams;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Grains.Budgets;

public sealed class BudgetGrain(
    [PersistentState("budget", Constants.StorageName)] IPersistentState<BudgetState> state,
    TimeProvider time,
    ILogger<BudgetGrain> logger) : Grain, IBudgetGrain
{
    private IShopGrain Shop => GrainFactory.GetGrain<IShopGrain>(state.State.ChallengeId);

    private OrderSettlement Settlement => field ??= new(this, GrainFactory, state, time, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Settlement.ResumeIfUnfinished();
        return Task.CompletedTask;
    }

    public async Task<TeamBudget> GetAsync(Guid challengeId)
    {
        await FindTeamAsync(challengeId);
        return View((await Shop.GetAsync()).DefaultBudgetCents);
    }

    public Task<ImmutableArray<Guid>> FindUnknownOrdersAsync(ImmutableArray<Guid> orderIds) =>
        Task.FromResult(orderIds.Where(id => state.State.Orders.All(o => o.Order.Id != id)).ToImmutableArray());

    public async Task<ShopOrder> OrderAsync(Guid challengeId, NewOrderRequest request, string? idempotencyKey, BudgetActor actor)
    {
        var (team, challenge) = await FindTeamAsync(challengeId);
        var (sku, quantity, note) = BudgetRules.ReadOrder(request, idempotencyKey);
        if (Idempotency.FindRetry(state.State.Orders, idempotencyKey, o => o.Repeats(sku, quantity, note, actor), "order") is { } earlier)
        {
            return earlier.Order;
        }

        BudgetRules.EnsureRunning(challenge, "Orders can be placed");
        var catalogue = await Shop.GetAsync();
        var item = catalogue.Find(sku) ?? throw new DomainException(ProblemTypes.UnknownItem,
            $"The shop of this challenge has no item with sku '{sku}'.");
        if (state.State.Orders.Length >= BudgetRules.MaxOrders)
        {
            throw new DomainException(ProblemTypes.OrderListFull, $"A team can place up to {BudgetRules.MaxOrders} orders.");
        }

        var amount = quantity * item.UnitPriceCents;
        BudgetRules.EnsureAffordable(amount, state.State.Left(catalogue.DefaultBudgetCents));
        if (item.StockLeft < quantity)
        {
            throw OrderRefusals.OutOfStock(item.Name, item.StockLeft.Value, quantity);
        }

        var order = new ShopOrder(Guid.NewGuid(), team.Id, sku, item.Name, quantity, item.UnitPriceCents, amount, note, actor.Name,
            time.GetUtcNow(), OrderStatus.Pending, null, null, null, actor.Id);
        await state.ChangeAsync(() =>
        {
            state.State.Orders = state.State.Orders.Add(new(order, idempotencyKey, null));
            state.State.Record(time.GetUtcNow(), actor, LedgerEntryKind.Ordered, 0, order, note);
        });
        return order;
    }

    public async Task<ShopOrder> ApproveAsync(Guid challengeId, Guid orderId, OrderActionRequest request, BudgetActor actor)
    {
        var (_, challenge) = await FindTeamAsync(challengeId);
        var reason = BudgetRules.ReadAction(request, reasonRequired: false);
        var stored = state.State.Find(orderId);
        switch (stored.Order.Status)
        {
            case OrderStatus.Approved:
                return stored.Order;
            case OrderStatus.Approving:
                return await Settlement.FinishAsync(stored);
            case not OrderStatus.Pending:
                throw OrderRefusals.NotPending(stored.Order, "approved");
        }

        BudgetRules.EnsureRunning(challenge, "Orders can be approved");
        var defaultBudget = (await Shop.GetAsync()).DefaultBudgetCents;
        BudgetRules.EnsureAffordable(stored.Order.AmountCents, state.State.Left(defaultBudget));
        var approving = new StoredOrder(Decide(stored.Order, OrderStatus.Approving, actor, reason), stored.IdempotencyKey,
            state.State.OwnBudgetCents is null ? defaultBudget : null);
        await state.ChangeAsync(() => state.State.Replace(approving));
        return await Settlement.FinishAsync(approving);
    }

    public async Task<ShopOrder> RejectAsync(Guid challengeId, Guid orderId, OrderActionRequest request, BudgetActor actor) =>
        await CloseAsync(challengeId, orderId, request, actor, OrderStatus.Rejected, LedgerEntryKind.Rejected, reasonRequired: true);

    public async Task<ShopOrder> CancelAsync(Guid challengeId, Guid orderId, OrderActionRequest request, BudgetActor actor) =>
        await CloseAsync(challengeId, orderId, request, actor, OrderStatus.Cancelled, LedgerEntryKind.Cancelled, reasonRequired: false);

    public async Task<ShopOrder> ReturnAsync(Guid challengeId, Guid orderId, OrderActionRequest request, BudgetActor actor)
    {
        await FindTeamAsync(challengeId);
        var reason = BudgetRules.ReadAction(request, reasonRequired: true);
        var stored = state.State.Find(orderId);
        switch (stored.Order.Status)
        {
            case OrderStatus.Returned:
                return stored.Order;
            case OrderStatus.Returning:
                return await Settlement.FinishAsync(stored);
            case not OrderStatus.Approved:
                throw new DomainException(ProblemTypes.OrderNotApproved,
                    $"Only approved orders can be returned; this order is {Describe(stored.Order.Status)}.");
        }

        // The amount comes back as the return starts: the stock is still held until the shop releases it, which only errs on the safe side.
        var returning = stored with { Order = Decide(stored.Order, OrderStatus.Returning, actor, reason) };
        await state.ChangeAsync(() =>
        {
            state.State.Replace(returning);
            state.State.Record(time.GetUtcNow(), actor, LedgerEntryKind.Returned, returning.Order.AmountCents, returning.Order, reason);
        });
        return await Settlement.FinishAsync(returning);
    }

    public async Task<TeamBudget> AdjustAsync(Guid challengeId, BudgetAdjustmentRequest request, BudgetActor actor)
    {
        var (_, challenge) = await FindTeamAsync(challengeId);
        var (budget, reason) = BudgetRules.ReadAdjustment(request);
        ShopRules.EnsureBeforeShowcase(challenge, ProblemTypes.BudgetsClosed, "Budgets can be set");
        if (state.State.Ledger.Count(e => e.Kind == LedgerEntryKind.BudgetAdjusted) >= BudgetRules.MaxAdjustments)
        {
            throw new DomainException(ProblemTypes.TooManyAdjustments, $"A team's budget can be set up to {BudgetRules.MaxAdjustments} times.");
        }

        var defaultBudget = (await Shop.GetAsync()).DefaultBudgetCents;
        if (budget < state.State.SpentCents)
        {
            throw new DomainException(ProblemTypes.BudgetBelowSpent,
                $"This team already spent {Money.Euro(state.State.SpentCents)}; its budget can be that or more.");
        }

        var change = budget - (state.State.OwnBudgetCents ?? defaultBudget);
        await state.ChangeAsync(() =>
        {
            state.State.OwnBudgetCents = budget;
            state.State.Record(time.GetUtcNow(), actor, LedgerEntryKind.BudgetAdjusted, change, null, reason, $"Budget set to {Money.Euro(budget)}");
        });
        return View(defaultBudget);
    }

    public Task<PupilRecords> ExportPupilAsync(Guid teamId, Guid pupilId) =>
        Task.FromResult(BudgetPupilData.Export(state.State, teamId == this.GetPrimaryKey() ? pupilId : null));

    public async Task ErasePupilAsync(Guid teamId, Guid pupilId)
    {
        if (teamId == this.GetPrimaryKey() && BudgetPupilData.HasAny(state.State, pupilId))
        {
            await state.ChangeAsync(() => BudgetPupilData.Erase(state.State, pupilId));
        }
    }

    private async Task<ShopOrder> CloseAsync(Guid challengeId, Guid orderId, OrderActionRequest request, BudgetActor actor, OrderStatus status, LedgerEntryKind kind, bool reasonRequired)
    {
        await FindTeamAsync(challengeId);
        var reason = BudgetRules.ReadAction(request, reasonRequired);
        var stored = state.State.Find(orderId);
        if (stored.Order.Status == status)
        {
            return stored.Order;
        }

        if (stored.Order.Status != OrderStatus.Pending)
        {
            throw OrderRefusals.NotPending(stored.Order, Describe(status));
        }

        var closed = stored with { Order = Decide(stored.Order, status, actor, reason) };
        await state.ChangeAsync(() =>
        {
            state.State.Replace(closed);
            state.State.Record(time.GetUtcNow(), actor, kind, 0, closed.Order, reason);
        });
        return closed.Order;
    }

    private async Task<(TeamDetails Team, ChallengeDetails Challenge)> FindTeamAsync(Guid challengeId)
    {
        var found = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        state.State.ChallengeId = challengeId;
        return found;
    }

    private ShopOrder Decide(ShopOrder order, OrderStatus status, BudgetActor actor, string reason) =>
        order with { Status = status, DecidedBy = actor.Name, DecidedById = actor.Id, DecidedAt = time.GetUtcNow(), Reason = reason.Length > 0 ? reason : null };

    private TeamBudget View(long defaultBudgetCents) => new(state.State.ChallengeId, this.GetPrimaryKey(),
        state.State.OwnBudgetCents ?? defaultBudgetCents, state.State.OwnBudgetCents is not null, state.State.SpentCents, state.State.Left(defaultBudgetCents),
        [.. state.State.Orders.Reverse().Select(o => o.Order)], [.. state.State.Ledger.Reverse()]);

    private static string Describe(OrderStatus status) => status.ToString().ToLowerInvariant();
}
