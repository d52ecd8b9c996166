using System.Collections.Immutable;

namespace ChallengeHub.Grains.Shop;

[GenerateSerializer, Alias("ShopState")]
public sealed class ShopState
{
    [Id(0)]
    public long DefaultBudgetCents { get; set; }

    /// <summary>Kept in sku order.</summary>
    [Id(1)]
    public ImmutableArray<CatalogueItem> Items { get; set; } = [];

    /// <summary>
    /// Stock taken by approved orders, one entry per order, as the shop stored it before it kept only <see cref="Holding"/> and
    /// <see cref="TakenBySku"/>. Read from older state and folded into those on activation; never written again.
    /// </summary>
    [Id(2)]
    public ImmutableArray<StockReservation> Reservations { get; set; } = [];

    /// <summary>What approved orders took, by sku.</summary>
    [Id(3)]
    public ImmutableDictionary<string, int> TakenBySku { get; set; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>
    /// The orders that hold stock: that makes taking and releasing idempotent by order id. Only the ids are kept (an order's
    /// sku and quantity live in its team's budget), so the shop of a busy challenge stays small.
    /// </summary>
    [Id(4)]
    public ImmutableHashSet<Guid> Holding { get; set; } = [];

    public bool Holds(Guid orderId) => Holding.Contains(orderId);

    public int Taken(string sku) => TakenBySku.GetValueOrDefault(sku);

    internal void Take(Guid orderId, string sku, int quantity) =>
        (Holding, TakenBySku) = (Holding.Add(orderId), TakenBySku.SetItem(sku, Taken(sku) + quantity));

    internal void Give(Guid orderId, string sku, int quantity)
    {
        var left = Taken(sku) - quantity;
        (Holding, TakenBySku) = (Holding.Remove(orderId), left > 0 ? TakenBySku.SetItem(sku, left) : TakenBySku.Remove(sku));
    }

    internal void FoldReservations()
    {
        foreach (var reservation in Reservations)
        {
            Take(reservation.OrderId, reservation.Sku, reservation.Quantity);
        }

        Reservations = [];
    }
}

[GenerateSerializer, Immutable, Alias("StockReservation")]
public sealed record StockReservation(Guid OrderId, Guid TeamId, string Sku, int Quantity);
