using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Shop;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Shop;

/// <summary>Puts a shop, an order or a decision in place for a challenge or team made with <see cref="Arrange"/>.</summary>
public static class ShopArrange
{
    public const string Motor = "MOT-12V";
    public const string Sensor = "SENS-IR";

    /// <summary>Who acts, as the signed-in pupil, coach or organiser of a request would.</summary>
    public static readonly BudgetActor Pupil = new(Guid.Parse("7b0d2f5e-0c1a-4c59-9d3e-2f4a6b8c1d01"), "Lotte");
    public static readonly BudgetActor Coach = new(Guid.Parse("7b0d2f5e-0c1a-4c59-9d3e-2f4a6b8c1d02"), "Meneer Peeters");
    public static readonly BudgetActor Organiser = new(Guid.Parse("7b0d2f5e-0c1a-4c59-9d3e-2f4a6b8c1d03"), "Organisator");

    /// <summary>A motor at €12.50 with <paramref name="motorStock"/> in stock, an unlimited sensor at €3.00, and a default budget.</summary>
    public static async Task<ShopCatalogue> ShopAsync(this IGrainFactory grains, Guid challengeId, long defaultBudgetCents = 10_000, int? motorStock = 5)
    {
        var shop = grains.GetGrain<IShopGrain>(challengeId);
        await shop.SetCatalogueAsync(new(
        [
            new(Motor, "Motor 12 V", "Gelijkstroommotor met reductie", 1250, motorStock),
            new(Sensor, "Infraroodsensor", "Lijnvolger", 300, null),
        ]));
        return await shop.SetDefaultBudgetAsync(new(defaultBudgetCents));
    }

    public static IBudgetGrain Budget(this IGrainFactory grains, TeamDetails team) => grains.GetGrain<IBudgetGrain>(team.Id);

    public static Task<ShopOrder> OrderAsync(this IGrainFactory grains, TeamDetails team, string sku = Motor, int quantity = 1, string? idempotencyKey = null) =>
        grains.Budget(team).OrderAsync(team.ChallengeId, new(sku, quantity, "Voor de aandrijving"), idempotencyKey, Pupil);

    public static Task<ShopOrder> ApproveAsync(this IGrainFactory grains, TeamDetails team, Guid orderId) =>
        grains.Budget(team).ApproveAsync(team.ChallengeId, orderId, new(null), Coach);

    public static Task<TeamBudget> BudgetAsync(this IGrainFactory grains, TeamDetails team) => grains.Budget(team).GetAsync(team.ChallengeId);

    public static async Task<int?> StockLeftAsync(this IGrainFactory grains, Guid challengeId, string sku = Motor) =>
        (await grains.GetGrain<IShopGrain>(challengeId).GetAsync()).Find(sku)!.StockLeft;
}
