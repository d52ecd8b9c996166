using ChallengeHub.Grains.Shop;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace ChallengeHub.Grains.Tests.Shop;

/// <summary>The shop keeps only which orders hold stock and how much each sku gave; these tests check that stays exactly-once.</summary>
public sealed class ShopGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task TakingAndGivingBackStockHappenOncePerOrder()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.ShopAsync(challenge.Id, motorStock: 5);
        var shop = _grains.GetGrain<IShopGrain>(challenge.Id);
        var orderId = Guid.NewGuid();

        Assert.Equal(ReservationOutcome.Reserved, await shop.ReserveAsync(orderId, ShopArrange.Motor, 2, null));
        Assert.Equal(ReservationOutcome.Reserved, await shop.ReserveAsync(orderId, ShopArrange.Motor, 2, null));
        var taken = await _grains.StockLeftAsync(challenge.Id);
        await shop.ReleaseAsync(orderId, ShopArrange.Motor, 2);
        await shop.ReleaseAsync(orderId, ShopArrange.Motor, 2);

        Assert.Equal((3, 5), (taken, await _grains.StockLeftAsync(challenge.Id)));
    }

    [Fact]
    public async Task AFullShopRefusesANewOrderButStillRecognisesTheOnesItHolds()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.ShopAsync(challenge.Id, motorStock: null);
        var shop = _grains.GetGrain<IShopGrain>(challenge.Id);
        var held = Guid.NewGuid();
        await shop.ReserveAsync(held, ShopArrange.Motor, 1, null);
        await StoreAsync(shop, state => state.Holding = state.Holding.Union(Enumerable.Range(1, ShopGrain.MaxReservations - 1).Select(_ => Guid.NewGuid())));

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => shop.ReserveAsync(Guid.NewGuid(), ShopArrange.Motor, 1, null));

        Assert.Equal("Shop is full", refusal.Title);
        Assert.Equal(ReservationOutcome.Reserved, await shop.ReserveAsync(held, ShopArrange.Motor, 1, null));
        await shop.ReleaseAsync(held, ShopArrange.Motor, 1);
        Assert.Equal(ReservationOutcome.Reserved, await shop.ReserveAsync(Guid.NewGuid(), ShopArrange.Motor, 1, null));
    }

    [Fact]
    public async Task AShopStoredWithAReservationPerOrderKeepsItsStockAndItsOrders()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.ShopAsync(challenge.Id, motorStock: 5);
        var shop = _grains.GetGrain<IShopGrain>(challenge.Id);
        var orderId = Guid.NewGuid();
        await StoreAsync(shop, state => state.Reservations = [new StockReservation(orderId, Guid.NewGuid(), ShopArrange.Motor, 2)]);

        var left = await _grains.StockLeftAsync(challenge.Id);
        var repeated = await shop.ReserveAsync(orderId, ShopArrange.Motor, 2, null);
        var afterRepeat = await _grains.StockLeftAsync(challenge.Id);
        await shop.ReleaseAsync(orderId, ShopArrange.Motor, 2);
        await shop.ReleaseAsync(orderId, ShopArrange.Motor, 2);

        Assert.Equal((3, ReservationOutcome.Reserved, 3), (left, repeated, afterRepeat));
        Assert.Equal(5, await _grains.StockLeftAsync(challenge.Id));
    }

    /// <summary>Changes what storage holds for the shop while it is deactivated, so that it reads the change as it activates.</summary>
    private async Task StoreAsync(IShopGrain shop, Action<ShopState> change)
    {
        await fixture.Cluster.DeactivateAsync(shop);
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(Constants.StorageName);
        var stored = new GrainState<ShopState>();
        await storage.ReadStateAsync("shop", shop.GetGrainId(), stored);
        change(stored.State!);
        await storage.WriteStateAsync("shop", shop.GetGrainId(), stored);
    }
}
