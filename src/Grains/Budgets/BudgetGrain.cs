using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Shop;
using ChallengeHub.Grains.Teams;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Grains.Budgets;

public sealed class BudgetGrain(
    [PersistentState("budget", Constants.StorageName)] IPersistentState<BudgetState> state,
    TimeProvider time,
    ILogger<BudgetGrain> logger) : Grain, IBudgetGrain
{
    public const int MaxQuantity = 1000;
    public const int MaxNoteLength = 300;
    public const int MaxActorLength = 60;
    public const int MaxReasonLength = 300;
    public const int MaxIdempotencyKeyLength = 100;

    /// <summary>With at most three ledger entries per order, keeps orders and ledger well inside one storage entity.</summary>
    public const int MaxOrders = 200;

    public const int MaxAdjustments = 100;

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private IShopGrain Shop => GrainFactory.GetGrain<IShopGrain>(state.State.ChallengeId);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Orders.Any(o => o.Order.Status is OrderStatus.Approving or OrderStatus.Returning))
        {
            ScheduleResume(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public async Task<TeamBudget> GetAsync(Guid challengeId)
    {
        await FindTeamAsync(challengeId);
        return View((await Shop.GetAsync()).DefaultBudgetCents);
    }

    public async Task<ShopOrder> OrderAsync(Guid challengeId, NewOrderRequest request, string? idempotencyKey)
    {
        var (team, challenge) = await FindTeamAsync(challengeId);
        var validation = new Validation();
        var sku = validation.Text("sku", request.Sku, ShopGrain.MaxSkuLength);
        if (request.Quantity is not (> 0 and <= MaxQuantity))
        {
            validation.Add("quantity", $"quantity must be 1 to {MaxQuantity}.");
        }

        var note = validation.Text("note", request.Note, MaxNoteLength, required: false);
        var actor = validation.Text("actor", request.Actor, MaxActorLength);
        if (idempotencyKey is { Length: 0 or > MaxIdempotencyKeyLength })
        {
            validation.Add("Idempotency-Key", $"Idempotency-Key must be 1 to {MaxIdempotencyKeyLength} characters.");
        }

        validation.ThrowIfInvalid();
        var quantity = request.Quantity!.Value;
        if (idempotencyKey is not null && state.State.Orders.FirstOrDefault(o => o.IdempotencyKey == idempotencyKey) is { } earlier)
        {
            return earlier.Repeats(sku, quantity, note, actor)
                ? earlier.Order
                : throw new DomainException(DomainErrorKind.Unprocessable, "Idempotency-Key already used",
                    "This Idempotency-Key was already used for another order. Send a new order with a new key.");
        }

        RequireRunning(challenge, "Orders can be placed");
        var catalogue = await Shop.GetAsync();
        var item = catalogue.Find(sku) ?? throw new DomainException(DomainErrorKind.Unprocessable, "Unknown item",
            $"The shop of this challenge has no item with sku '{sku}'.");
        if (state.State.Orders.Length >= MaxOrders)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Order list is full", $"A team can place up to {MaxOrders} orders.");
        }

        var amount = quantity * item.UnitPriceCents;
        EnsureAffordable(amount, catalogue.DefaultBudgetCents);
        if (item.StockLeft < quantity)
        {
            throw OrderRefusals.OutOfStock(item.Name, item.StockLeft.Value, quantity);
        }

        var order = new ShopOrder(Guid.NewGuid(), team.Id, sku, item.Name, quantity, item.UnitPriceCents, amount, note, actor,
            time.GetUtcNow(), OrderStatus.Pending, null, null, null);
        await SaveAsync(() =>
        {
            state.State.Orders = state.State.Orders.Add(new(order, idempotencyKey, null));
            Record(actor, LedgerEntryKind.Ordered, 0, order, note);
        });
        return order;
    }

    public async Task<ShopOrder> ApproveAsync(Guid challengeId, Guid orderId, OrderActionRequest request)
    {
        var (_, challenge) = await FindTeamAsync(challengeId);
        var (actor, reason) = ReadAction(request, reasonRequired: false);
        var stored = FindOrder(orderId);
        switch (stored.Order.Status)
        {
            case OrderStatus.Approved:
                return stored.Order;
            case OrderStatus.Approving:
                return await DriveAsync(stored);
            case not OrderStatus.Pending:
                throw OrderRefusals.NotPending(stored.Order, "approved");
        }

        RequireRunning(challenge, "Orders can be approved");
        var defaultBudget = (await Shop.GetAsync()).DefaultBudgetCents;
        EnsureAffordable(stored.Order.AmountCents, defaultBudget);
        var approving = new StoredOrder(Decide(stored.Order, OrderStatus.Approving, actor, reason), stored.IdempotencyKey,
            state.State.OwnBudgetCents is null ? defaultBudget : null);
        await SaveAsync(() => Replace(approving));
        return await DriveAsync(approving);
    }

    public async Task<ShopOrder> RejectAsync(Guid challengeId, Guid orderId, OrderActionRequest request) =>
        await CloseAsync(challengeId, orderId, request, OrderStatus.Rejected, LedgerEntryKind.Rejected, reasonRequired: true);

    public async Task<ShopOrder> CancelAsync(Guid challengeId, Guid orderId, OrderActionRequest request) =>
        await CloseAsync(challengeId, orderId, request, OrderStatus.Cancelled, LedgerEntryKind.Cancelled, reasonRequired: false);

    public async Task<ShopOrder> ReturnAsync(Guid challengeId, Guid orderId, OrderActionRequest request)
    {
        await FindTeamAsync(challengeId);
        var (actor, reason) = ReadAction(request, reasonRequired: true);
        var stored = FindOrder(orderId);
        switch (stored.Order.Status)
        {
            case OrderStatus.Returned:
                return stored.Order;
            case OrderStatus.Returning:
                return await DriveAsync(stored);
            case not OrderStatus.Approved:
                throw new DomainException(DomainErrorKind.Conflict, "Order is not approved",
                    $"Only approved orders can be returned; this order is {Describe(stored.Order.Status)}.");
        }

        // The amount comes back as the return starts: the stock is still held until the shop releases it, which only errs on the safe side.
        var returning = stored with { Order = Decide(stored.Order, OrderStatus.Returning, actor, reason) };
        await SaveAsync(() =>
        {
            Replace(returning);
            Record(actor, LedgerEntryKind.Returned, returning.Order.AmountCents, returning.Order, reason);
        });
        return await DriveAsync(returning);
    }

    public async Task<TeamBudget> AdjustAsync(Guid challengeId, BudgetAdjustmentRequest request)
    {
        var (_, challenge) = await FindTeamAsync(challengeId);
        var validation = new Validation();
        if (request.BudgetCents is not (>= 0 and <= ShopGrain.MaxBudgetCents))
        {
            validation.Add("budgetCents", $"budgetCents must be 0 to {ShopGrain.MaxBudgetCents} (euro cents).");
        }

        var actor = validation.Text("actor", request.Actor, MaxActorLength);
        var reason = validation.Text("reason", request.Reason, MaxReasonLength);
        validation.ThrowIfInvalid();
        if (challenge.Status is not (ChallengeStatus.Draft or ChallengeStatus.Open or ChallengeStatus.Running))
        {
            throw new DomainException(DomainErrorKind.Conflict, "Budgets are closed",
                $"Budgets can be set until the challenge's showcase; it is {challenge.Status.ToString().ToLowerInvariant()} now.");
        }

        if (state.State.Ledger.Count(e => e.Kind == LedgerEntryKind.BudgetAdjusted) >= MaxAdjustments)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Too many adjustments", $"A team's budget can be set up to {MaxAdjustments} times.");
        }

        var defaultBudget = (await Shop.GetAsync()).DefaultBudgetCents;
        var budget = request.BudgetCents!.Value;
        if (budget < state.State.SpentCents)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Budget below what was spent",
                $"This team already spent {Money.Euro(state.State.SpentCents)}; its budget can be that or more.");
        }

        var change = budget - (state.State.OwnBudgetCents ?? defaultBudget);
        await SaveAsync(() =>
        {
            state.State.OwnBudgetCents = budget;
            Record(actor, LedgerEntryKind.BudgetAdjusted, change, null, reason, $"Budget set to {Money.Euro(budget)}");
        });
        return View(defaultBudget);
    }

    private async Task<ShopOrder> CloseAsync(Guid challengeId, Guid orderId, OrderActionRequest request, OrderStatus status, LedgerEntryKind kind, bool reasonRequired)
    {
        await FindTeamAsync(challengeId);
        var (actor, reason) = ReadAction(request, reasonRequired);
        var stored = FindOrder(orderId);
        if (stored.Order.Status == status)
        {
            return stored.Order;
        }

        if (stored.Order.Status != OrderStatus.Pending)
        {
            throw OrderRefusals.NotPending(stored.Order, Describe(status));
        }

        var closed = stored with { Order = Decide(stored.Order, status, actor, reason) };
        await SaveAsync(() =>
        {
            Replace(closed);
            Record(actor, kind, 0, closed.Order, reason);
        });
        return closed.Order;
    }

    /// <summary>Finishes an approval or a return with the shop. Each step is idempotent by order id, so it can run again after any failure.</summary>
    private async Task<ShopOrder> DriveAsync(StoredOrder stored)
    {
        var order = stored.Order;
        try
        {
            if (order.Status == OrderStatus.Returning)
            {
                await Shop.ReleaseAsync(order.Id);
                var returned = stored with { Order = order with { Status = OrderStatus.Returned } };
                await SaveAsync(() => Replace(returned));
                return returned.Order;
            }

            var outcome = await Shop.ReserveAsync(order.Id, order.TeamId, order.Sku, order.Quantity, stored.AssumedDefaultBudgetCents);
            if (outcome == ReservationOutcome.Reserved)
            {
                var approved = new StoredOrder(order with { Status = OrderStatus.Approved }, stored.IdempotencyKey, null);
                await SaveAsync(() =>
                {
                    Replace(approved);
                    Record(order.DecidedBy!, LedgerEntryKind.Approved, -order.AmountCents, order, order.Reason ?? string.Empty);
                });
                return approved.Order;
            }

            var catalogue = await Shop.GetAsync();
            await SaveAsync(() => Replace(new(order with { Status = OrderStatus.Pending, DecidedBy = null, DecidedAt = null, Reason = null }, stored.IdempotencyKey, null)));
            throw outcome switch
            {
                ReservationOutcome.OutOfStock => OrderRefusals.OutOfStock(order.ItemName, catalogue.Find(order.Sku)?.StockLeft ?? 0, order.Quantity),
                ReservationOutcome.UnknownItem => new DomainException(DomainErrorKind.Conflict, "Item left the shop",
                    $"The shop no longer sells '{order.ItemName}'. Reject the order with that reason."),
                _ when order.AmountCents > Left(catalogue.DefaultBudgetCents) => OrderRefusals.NotEnoughBudget(order.AmountCents, Left(catalogue.DefaultBudgetCents)),
                _ => new DomainException(DomainErrorKind.Conflict, "Budget just changed",
                    "The challenge's default budget changed while this order was being approved. Look at the budget left and approve again."),
            };
        }
        catch (Exception exception) when (exception is not DomainException)
        {
            logger.LogWarning(exception, "Order {OrderId} of team {TeamId} is {Status}; finishing it in {Delay}", order.Id, order.TeamId, order.Status, RetryDelay);
            ScheduleResume(RetryDelay);
            throw;
        }
    }

    private async Task ResumeAsync()
    {
        foreach (var stored in state.State.Orders.Where(o => o.Order.Status is OrderStatus.Approving or OrderStatus.Returning).ToArray())
        {
            try
            {
                await DriveAsync(FindOrder(stored.Order.Id));
            }
            catch (DomainException refusal)
            {
                logger.LogInformation("Approval of order {OrderId} resumed and refused: {Detail}", stored.Order.Id, refusal.Detail);
            }
        }
    }

    private void ScheduleResume(TimeSpan dueTime) =>
        this.RegisterGrainTimer(static (grain, _) => grain.ResumeAsync(), this, new GrainTimerCreationOptions(dueTime, Timeout.InfiniteTimeSpan));

    private async Task<(TeamDetails Team, ChallengeDetails Challenge)> FindTeamAsync(Guid challengeId)
    {
        var found = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        state.State.ChallengeId = challengeId;
        return found;
    }

    private static void RequireRunning(ChallengeDetails challenge, string what)
    {
        if (challenge.Status != ChallengeStatus.Running)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Challenge is not running",
                $"{what} while the challenge is running; it is {challenge.Status.ToString().ToLowerInvariant()} now.");
        }
    }

    private static (string Actor, string Reason) ReadAction(OrderActionRequest request, bool reasonRequired)
    {
        var validation = new Validation();
        var actor = validation.Text("actor", request.Actor, MaxActorLength);
        var reason = validation.Text("reason", request.Reason, MaxReasonLength, reasonRequired);
        validation.ThrowIfInvalid();
        return (actor, reason);
    }

    private void EnsureAffordable(long amountCents, long defaultBudgetCents)
    {
        var left = Left(defaultBudgetCents);
        if (amountCents > left)
        {
            throw OrderRefusals.NotEnoughBudget(amountCents, left);
        }
    }

    private long Left(long defaultBudgetCents) => (state.State.OwnBudgetCents ?? defaultBudgetCents) - state.State.SpentCents;

    private StoredOrder FindOrder(Guid orderId) =>
        state.State.Orders.FirstOrDefault(o => o.Order.Id == orderId) ?? throw DomainException.NotFound("Order", orderId);

    private ShopOrder Decide(ShopOrder order, OrderStatus status, string actor, string reason) =>
        order with { Status = status, DecidedBy = actor, DecidedAt = time.GetUtcNow(), Reason = reason.Length > 0 ? reason : null };

    private void Replace(StoredOrder stored) =>
        state.State.Orders = state.State.Orders.SetItem(state.State.Orders.IndexOf(FindOrder(stored.Order.Id)), stored);

    private void Record(string actor, LedgerEntryKind kind, long amountCents, ShopOrder? order, string why, string? what = null) =>
        state.State.Ledger = state.State.Ledger.Add(new(state.State.Ledger.Length + 1, time.GetUtcNow(), actor, kind, amountCents, order?.Id,
            what ?? $"{order!.Quantity} × {order.ItemName} ({order.Sku}) à {Money.Euro(order.UnitPriceCents)}", why));

    /// <summary>Changes the state and writes it; when storage refuses, memory goes back to what storage holds.</summary>
    private async Task SaveAsync(Action change)
    {
        var (orders, ledger, ownBudget) = (state.State.Orders, state.State.Ledger, state.State.OwnBudgetCents);
        change();
        await state.WriteOrUndoAsync(() => (state.State.Orders, state.State.Ledger, state.State.OwnBudgetCents) = (orders, ledger, ownBudget));
    }

    private TeamBudget View(long defaultBudgetCents) => new(state.State.ChallengeId, this.GetPrimaryKey(),
        state.State.OwnBudgetCents ?? defaultBudgetCents, state.State.OwnBudgetCents is not null, state.State.SpentCents, Left(defaultBudgetCents),
        [.. state.State.Orders.Reverse().Select(o => o.Order)], [.. state.State.Ledger.Reverse()]);

    private static string Describe(OrderStatus status) => status.ToString().ToLowerInvariant();
}
