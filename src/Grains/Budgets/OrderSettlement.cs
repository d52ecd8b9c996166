using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Shop;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Grains.Budgets;

/// <summary>
/// Finishes with the shop the approvals and returns a team's budget has started: an approval has the shop take the stock and
/// only then spends, a return has the shop give the stock back. The budget stores the order as approving or returning before
/// this runs, and each step with the shop is idempotent by order id, so whatever fails in between is simply run again: on a
/// grain timer, when the coach repeats the action, or when the budget reactivates with an order still in progress.
/// </summary>
internal sealed class OrderSettlement(Grain owner, IGrainFactory grains, IPersistentState<BudgetState> state, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private IShopGrain Shop => grains.GetGrain<IShopGrain>(state.State.ChallengeId);

    public void ResumeIfUnfinished()
    {
        if (state.State.Unfinished.Any())
        {
            Schedule(TimeSpan.Zero);
        }
    }

    /// <summary>Finishes an approving or returning order. An approval the shop refuses puts the order back to pending and says why.</summary>
    public async Task<ShopOrder> FinishAsync(StoredOrder stored)
    {
        var order = stored.Order;
        try
        {
            if (order.Status == OrderStatus.Returning)
            {
                await Shop.ReleaseAsync(order.Id, order.Sku, order.Quantity);
                var returned = stored with { Order = order with { Status = OrderStatus.Returned } };
                await state.ChangeAsync(() => state.State.Replace(returned));
                return returned.Order;
            }

            var outcome = await Shop.ReserveAsync(order.Id, order.Sku, order.Quantity, stored.AssumedDefaultBudgetCents);
            if (outcome == ReservationOutcome.Reserved)
            {
                var approved = new StoredOrder(order with { Status = OrderStatus.Approved }, stored.IdempotencyKey, null);
                await state.ChangeAsync(() =>
                {
                    state.State.Replace(approved);
                    state.State.Record(time.GetUtcNow(), new BudgetActor(order.DecidedById ?? Guid.Empty, order.DecidedBy!), LedgerEntryKind.Approved, -order.AmountCents, order, order.Reason ?? string.Empty);
                });
                return approved.Order;
            }

            var catalogue = await Shop.GetAsync();
            await state.ChangeAsync(() => state.State.Replace(new(order with { Status = OrderStatus.Pending, DecidedBy = null, DecidedById = null, DecidedAt = null, Reason = null }, stored.IdempotencyKey, null)));
            var left = state.State.Left(catalogue.DefaultBudgetCents);
            throw outcome switch
            {
                ReservationOutcome.OutOfStock => OrderRefusals.OutOfStock(order.ItemName, catalogue.Find(order.Sku)?.StockLeft ?? 0, order.Quantity),
                ReservationOutcome.UnknownItem => new DomainException(ProblemTypes.ItemLeftShop,
                    $"The shop no longer sells '{order.ItemName}'. Reject the order with that reason."),
                _ when order.AmountCents > left => OrderRefusals.NotEnoughBudget(order.AmountCents, left),
                _ => new DomainException(ProblemTypes.BudgetJustChanged,
                    "The challenge's default budget changed while this order was being approved. Look at the budget left and approve again."),
            };
        }
        catch (Exception exception) when (exception is not DomainException)
        {
            logger.LogWarning(exception, "Order {OrderId} of team {TeamId} is {Status}; finishing it in {Delay}", order.Id, order.TeamId, order.Status, RetryDelay);
            Schedule(RetryDelay);
            throw;
        }
    }

    private async Task ResumeAsync()
    {
        foreach (var stored in state.State.Unfinished.ToArray())
        {
            try
            {
                await FinishAsync(state.State.Find(stored.Order.Id));
            }
            catch (DomainException refusal)
            {
                logger.LogInformation("Approval of order {OrderId} resumed and refused: {Detail}", stored.Order.Id, refusal.Detail);
            }
        }
    }

    private void Schedule(TimeSpan dueTime) =>
        owner.RegisterGrainTimer(static (settlement, _) => settlement.ResumeAsync(), this, new GrainTimerCreationOptions(dueTime, Timeout.InfiniteTimeSpan));
}
