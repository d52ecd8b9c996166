using System.ComponentModel.DataAnnotations;
using ChallengeHub.Grains.Shop;

namespace ChallengeHub.Grains.Budgets;

/// <summary>Where an order is. <see cref="Approving"/> and <see cref="Returning"/> last only while the shop takes or gives back the stock.</summary>
[Alias("OrderStatus")]
public enum OrderStatus
{
    Pending,
    Approving,
    Approved,
    Rejected,
    Cancelled,
    Returning,
    Returned,
}

/// <summary>
/// A team's order from its challenge's shop. The unit price is the one the pupils saw when ordering; <see cref="AmountCents"/>
/// is what approval takes from the budget. <see cref="DecidedBy"/>, <see cref="DecidedAt"/> and <see cref="Reason"/> tell
/// who approved, rejected, cancelled or returned it, when and why. Who ordered and who decided are the signed-in accounts or
/// pupils of the requests (<see cref="OrderedById"/>, <see cref="DecidedById"/>), never a name typed into a request; an erased
/// pupil's name is gone from both.
/// </summary>
[GenerateSerializer, Immutable, Alias("ShopOrder")]
public sealed record ShopOrder(
    Guid Id,
    Guid TeamId,
    string Sku,
    string ItemName,
    int Quantity,
    long UnitPriceCents,
    long AmountCents,
    string Note,
    string OrderedBy,
    DateTimeOffset OrderedAt,
    OrderStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Reason,
    Guid? OrderedById = null,
    Guid? DecidedById = null);

/// <summary>Who acts on a budget: the signed-in pupil or account of the request, with the name the team sees.</summary>
[GenerateSerializer, Immutable, Alias("BudgetActor")]
public sealed record BudgetActor(Guid Id, string Name);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/teams/{teamId}/orders</c>; who orders is the signed-in caller.</summary>
[GenerateSerializer, Immutable, Alias("NewOrderRequest")]
public sealed record NewOrderRequest(
    [property: MaxLength(ShopGrain.MaxSkuLength)] string? Sku,
    [property: Range(1, BudgetRules.MaxQuantity)] int? Quantity,
    [property: MaxLength(BudgetRules.MaxNoteLength)] string? Note);

/// <summary>Body of the approve, reject, cancel and return actions on an order. Rejecting and returning need a reason.</summary>
[GenerateSerializer, Immutable, Alias("OrderActionRequest")]
public sealed record OrderActionRequest([property: MaxLength(BudgetRules.MaxReasonLength)] string? Reason);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/teams/{teamId}/budget/adjustments</c>: the team's own budget, and why.</summary>
[GenerateSerializer, Immutable, Alias("BudgetAdjustmentRequest")]
public sealed record BudgetAdjustmentRequest(
    [property: Range(0, ShopGrain.MaxBudgetCents)] long? BudgetCents,
    [property: MaxLength(BudgetRules.MaxReasonLength)] string? Reason);
