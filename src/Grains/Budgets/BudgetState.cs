using System.Collections.Immutable;
using ChallengeHub.Grains.Problems;

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

    /// <summary>Approvals and returns started with the shop and not finished yet.</summary>
    internal IEnumerable<StoredOrder> Unfinished => Orders.Where(o => o.Order.Status is OrderStatus.Approving or OrderStatus.Returning);

    internal long Left(long defaultBudgetCents) => (OwnBudgetCents ?? defaultBudgetCents) - SpentCents;

    internal StoredOrder Find(Guid orderId) =>
        Orders.FirstOrDefault(o => o.Order.Id == orderId) ?? throw DomainException.NotFound(ProblemTypes.OrderNotFound, orderId);

    internal void Replace(StoredOrder stored) => Orders = Orders.SetItem(Orders.IndexOf(Find(stored.Order.Id)), stored);

    /// <summary>Adds the next ledger entry; <paramref name="what"/> defaults to the order's line.</summary>
    internal void Record(DateTimeOffset at, BudgetActor actor, LedgerEntryKind kind, long amountCents, ShopOrder? order, string why, string? what = null) =>
        Ledger = Ledger.Add(new(Ledger.Length + 1, at, actor.Name, kind, amountCents, order?.Id,
            what ?? $"{order!.Quantity} × {order.ItemName} ({order.Sku}) à {Money.Euro(order.UnitPriceCents)}", why, actor.Id));
}

internal static class BudgetStorage
{
    /// <summary>Changes the state and writes it; when storage refuses, memory goes back to what storage holds.</summary>
    public static async Task ChangeAsync(this IPersistentState<BudgetState> state, Action change)
    {
        var (orders, ledger, ownBudget) = (state.State.Orders, state.State.Ledger, state.State.OwnBudgetCents);
        change();
        await state.WriteOrUndoAsync(() => (state.State.Orders, state.State.Ledger, state.State.OwnBudgetCents) = (orders, ledger, ownBudget));
    }
}

/// <summary>
/// An order as the budget keeps it. <see cref="AssumedDefaultBudgetCents"/> is the default budget an approval in progress relied
/// on, so that re-driving it after a crash asks the shop the same question.
/// </summary>
[GenerateSerializer, Immutable, Alias("StoredOrder")]
public sealed record StoredOrder(ShopOrder Order, string? IdempotencyKey, long? AssumedDefaultBudgetCents) : IIdempotentEntry
{
    public bool Repeats(string sku, int quantity, string note, BudgetActor actor) =>
        Order.Sku == sku && Order.Quantity == quantity && Order.Note == note && Order.OrderedById == actor.Id;
}
