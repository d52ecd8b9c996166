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

    /// <summary>Stock taken by approved orders, at most one per order id: that makes taking and releasing idempotent.</summary>
    [Id(2)]
    public ImmutableArray<StockReservation> Reservations { get; set; } = [];

    public bool Holds(Guid orderId) => Reservations.Any(r => r.OrderId == orderId);

    public int Taken(string sku) => Reservations.Where(r => r.Sku == sku).Sum(r => r.Quantity);
}

[GenerateSerializer, Immutable, Alias("StockReservation")]
public sealed record StockReservation(Guid OrderId, Guid TeamId, string Sku, int Quantity);
