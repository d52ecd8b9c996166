using System.Collections.Immutable;

namespace ChallengeHub.Grains.Budgets;

[GenerateSerializer, Alias("BudgetState")]
public sealed class BudgetState
{
    [Id(0)]
    public Guid ChallengeId { get; set; }

    /// <summary>The team's own budget; null while the challenge's default applies.</summary>
    [Id(1)]
    public long? OwnBudgetCents { get; set; }

    /// <summary>Oldest first.</summary>
    [Id(2)]
    public ImmutableArray<StoredOrder> Orders { get; set; } = [];

    /// <summary>Oldest first; <see cref="LedgerEntry.Number"/> counts from 1 without gaps.</summary>
    [Id(3)]
    public ImmutableArray<LedgerEntry> Ledger { get; set; } = [];

    /// <summary>What approved orders take, including those the shop is still taking stock for.</summary>
    public long SpentCents => Orders.Where(o => o.Order.Status is OrderStatus.Approving or OrderStatus.Approved).Sum(o => o.Order.AmountCents);
}

/// <summary>
/// An order as the budget keeps it. <see cref="AssumedDefaultBudgetCents"/> is the default budget an approval in progress relied
/// on, so that re-driving it after a crash asks the shop the same question.
/// </summary>
[GenerateSerializer, Immutable, Alias("StoredOrder")]
public sealed record StoredOrder(ShopOrder Order, string? IdempotencyKey, long? AssumedDefaultBudgetCents)
{
    public bool Repeats(string sku, int quantity, string note, string actor) =>
        Order.Sku == sku && Order.Quantity == quantity && Order.Note == note && Order.OrderedBy == actor;
}
