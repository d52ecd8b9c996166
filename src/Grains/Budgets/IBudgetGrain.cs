using System.Collections.Immutable;
using ChallengeHub.Grains.Privacy;

namespace ChallengeHub.Grains.Budgets;

/// <summary>
/// A team's shop budget, its orders and its ledger. Keyed by team id. The never-negative invariant lives here: approving
/// takes stock from the challenge's shop by order id and only then spends, so a crash in between is finished on reactivation.
/// Every change names its <see cref="BudgetActor"/>, the signed-in pupil or account of the request; the names of pupils it
/// keeps make it a pupil-data holder.
/// </summary>
[Alias("IBudgetGrain")]
public interface IBudgetGrain : IGrainWithGuidKey, IPupilDataHolder
{
    /// <summary>Budget, what is left, orders and ledger.</summary>
    [Alias("Get")]
    Task<TeamBudget> GetAsync(Guid challengeId);

    /// <summary>
    /// The ids among <paramref name="orderIds"/> that are not orders of this team; for the team's own grains, which found the
    /// team in its challenge already (the milestone log), so it reads no other grain.
    /// </summary>
    [Alias("FindUnknownOrders")]
    Task<ImmutableArray<Guid>> FindUnknownOrdersAsync(ImmutableArray<Guid> orderIds);

    /// <summary>
    /// Orders an item; the coach still has to approve. Refused (409) when the budget left or the stock left is too small already.
    /// An <paramref name="idempotencyKey"/> seen before returns the order stored under it; with another order, or from another
    /// pupil, it is refused (422).
    /// </summary>
    [Alias("Order")]
    Task<ShopOrder> OrderAsync(Guid challengeId, NewOrderRequest request, string? idempotencyKey, BudgetActor actor);

    /// <summary>
    /// Approves a pending order: takes the stock and spends the amount. Approving it again returns it unchanged. Refused (409)
    /// with the reason when the budget left or the stock left is too small; the order then stays pending.
    /// </summary>
    [Alias("Approve")]
    Task<ShopOrder> ApproveAsync(Guid challengeId, Guid orderId, OrderActionRequest request, BudgetActor actor);

    /// <summary>Rejects a pending order, with a reason.</summary>
    [Alias("Reject")]
    Task<ShopOrder> RejectAsync(Guid challengeId, Guid orderId, OrderActionRequest request, BudgetActor actor);

    /// <summary>Cancels a pending order (pupils, before approval).</summary>
    [Alias("Cancel")]
    Task<ShopOrder> CancelAsync(Guid challengeId, Guid orderId, OrderActionRequest request, BudgetActor actor);

    /// <summary>Takes an approved order back (coach), with a reason: the amount returns to the budget and the stock to the shop.</summary>
    [Alias("Return")]
    Task<ShopOrder> ReturnAsync(Guid challengeId, Guid orderId, OrderActionRequest request, BudgetActor actor);

    /// <summary>Sets the team's own budget, with a reason. Refused (409) below what the team already spent.</summary>
    [Alias("Adjust")]
    Task<TeamBudget> AdjustAsync(Guid challengeId, BudgetAdjustmentRequest request, BudgetActor actor);
}
