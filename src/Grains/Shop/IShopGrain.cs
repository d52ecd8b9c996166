namespace ChallengeHub.Grains.Shop;

/// <summary>
/// A challenge's shop: catalogue, stock and the default team budget. Keyed by challenge id. The stock invariant lives here:
/// what approved orders took never exceeds an item's stock limit.
/// </summary>
[Alias("IShopGrain")]
public interface IShopGrain : IGrainWithGuidKey
{
    /// <summary>The catalogue with the stock left, and the default budget.</summary>
    [Alias("Get")]
    Task<ShopCatalogue> GetAsync();

    /// <summary>
    /// Replaces the catalogue (organiser). Refused (409) when a stock limit would fall below what approved orders took,
    /// or an item approved orders took stock of would disappear.
    /// </summary>
    [Alias("SetCatalogue")]
    Task<ShopCatalogue> SetCatalogueAsync(SetCatalogueRequest request);

    /// <summary>Sets the budget every team gets unless its own was set. Lowering it is refused (409) once a team spent from it.</summary>
    [Alias("SetDefaultBudget")]
    Task<ShopCatalogue> SetDefaultBudgetAsync(SetDefaultBudgetRequest request);

    /// <summary>
    /// Takes stock for an order, once per order id. <paramref name="assumedDefaultBudgetCents"/> is the default budget the team's
    /// balance was checked against (null when the team has its own budget); a lower default since then refuses the reservation.
    /// </summary>
    [Alias("Reserve")]
    Task<ReservationOutcome> ReserveAsync(Guid orderId, string sku, int quantity, long? assumedDefaultBudgetCents);

    /// <summary>
    /// Gives back the stock an order took, once per order id; releasing an order that holds nothing does nothing. The shop keeps
    /// only which orders hold stock, so <paramref name="sku"/> and <paramref name="quantity"/> must be those the order reserved.
    /// </summary>
    [Alias("Release")]
    Task ReleaseAsync(Guid orderId, string sku, int quantity);
}
