using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Shop;

/// <summary>An article of a challenge's shop. Prices are in euro cents; without a stock limit there is enough for everyone.</summary>
[GenerateSerializer, Immutable, Alias("CatalogueItem")]
public sealed record CatalogueItem(string Sku, string Name, string Description, long UnitPriceCents, int? StockLimit);

/// <summary>An article as the shop shows it: with what is left of a limited stock.</summary>
[GenerateSerializer, Immutable, Alias("ShopItem")]
public sealed record ShopItem(string Sku, string Name, string Description, long UnitPriceCents, int? StockLimit, int? StockLeft);

/// <summary>A challenge's shop: the budget every team starts with (unless a team's own budget was set) and the catalogue, by sku.</summary>
[GenerateSerializer, Immutable, Alias("ShopCatalogue")]
public sealed record ShopCatalogue(Guid ChallengeId, long DefaultBudgetCents, ImmutableArray<ShopItem> Items)
{
    public ShopItem? Find(string sku) => Items.FirstOrDefault(i => i.Sku == sku);
}

/// <summary>Body of <c>PUT /api/challenges/{challengeId}/shop/catalogue</c>: the whole catalogue, replacing the previous one.</summary>
[GenerateSerializer, Immutable, Alias("SetCatalogueRequest")]
public sealed record SetCatalogueRequest(CatalogueItemRequest?[]? Items);

[GenerateSerializer, Immutable, Alias("CatalogueItemRequest")]
public sealed record CatalogueItemRequest(
    [property: MaxLength(ShopGrain.MaxSkuLength)] string? Sku,
    [property: MaxLength(ShopGrain.MaxNameLength)] string? Name,
    [property: MaxLength(ShopGrain.MaxDescriptionLength)] string? Description,
    long? UnitPriceCents,
    int? StockLimit);

/// <summary>Body of <c>PUT /api/challenges/{challengeId}/shop/budget</c>: the budget every team gets unless its own was set.</summary>
[GenerateSerializer, Immutable, Alias("SetDefaultBudgetRequest")]
public sealed record SetDefaultBudgetRequest(long? BudgetCents);

/// <summary>What the shop answered to a reservation of stock for an order.</summary>
[Alias("ReservationOutcome")]
public enum ReservationOutcome
{
    /// <summary>The stock is taken for the order (also when it already was).</summary>
    Reserved,

    /// <summary>Less is left than the order asks for.</summary>
    OutOfStock,

    /// <summary>The catalogue no longer has the item.</summary>
    UnknownItem,

    /// <summary>The default budget the team's balance was checked against has since been lowered.</summary>
    BudgetLowered,
}
