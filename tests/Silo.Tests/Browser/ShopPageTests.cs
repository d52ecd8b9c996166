using ChallengeHub.Grains.Budgets;
using ChallengeHub.Silo.Tests.Shop;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class ShopPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task APupilOrdersFromTheShopOnTheTabletAndTheCoachApprovesIt()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        await http.SetUpShopAsync(challenge.Id, defaultBudgetCents: 10_000, motorStock: 5);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        var tablet = await context.NewPageAsync();

        await tablet.JoinOnTabletAsync(team.JoinCode, "Lotte");
        var shop = tablet.Locator("section.shop");
        await Expect(shop.Locator(".shop-budget")).ToHaveTextAsync("Nog € 100,00 te besteden van € 100,00.");
        await Expect(shop.Locator($"[data-sku='{ShopApiClient.Motor}'] .shop-item-price")).ToHaveTextAsync("€ 12,50");
        await shop.GetByLabel("Artikel").SelectOptionAsync(ShopApiClient.Motor);
        await shop.GetByLabel("Aantal").FillAsync("2");
        await shop.GetByLabel("Waarvoor hebben jullie het nodig?").FillAsync("Aandrijving van de wagen");
        await shop.GetByRole(AriaRole.Button, new() { Name = "Bestellen" }).ClickAsync();

        await Expect(shop.GetByRole(AriaRole.Status)).ToContainTextAsync("Besteld: 2 × Motor 12 V");
        var order = Assert.Single((await http.GetBudgetAsync(team)).Orders);
        Assert.Equal((2, "Lotte", OrderStatus.Pending), (order.Quantity, order.OrderedBy, order.Status));
        await Expect(shop.Locator($"[data-order-id='{order.Id}'] .shop-order-status")).ToHaveTextAsync("Wacht op goedkeuring");

        await using var coachContext = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        await coachContext.SignInAsOrganiserAsync();
        var coach = await coachContext.NewPageAsync();
        await coach.GotoAsync($"/coach.html?challenge={challenge.Id}&team={team.Id}");
        await coach.GetByRole(AriaRole.Button, new() { Name = "2 × Motor 12 V goedkeuren" }).ClickAsync();
        await Expect(coach.Locator(".shop-budget")).ToHaveTextAsync("Nog € 75,00 te besteden van € 100,00.");
        await coach.ScreenshotAsync(new() { Path = Artifacts.PathFor("coach-orders-1024x768.png"), FullPage = true });

        await tablet.ReloadAsync();
        await Expect(shop.Locator($"[data-order-id='{order.Id}'] .shop-order-status")).ToHaveTextAsync("Goedgekeurd");
        await Expect(shop.Locator(".shop-budget")).ToHaveTextAsync("Nog € 75,00 te besteden van € 100,00.");
        await Expect(shop.Locator($"[data-sku='{ShopApiClient.Motor}'] .shop-item-stock")).ToHaveTextAsync("Nog 3 in voorraad");
    }

    [Fact]
    public async Task AnOrderBeyondTheBudgetIsRefusedInDutchOnTheTablet()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Team Spanningsveld", "KTA Gent");
        await http.SetUpShopAsync(challenge.Id, defaultBudgetCents: 2000);
        var tablet = await browser.NewPageAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        try
        {
            await tablet.JoinOnTabletAsync(team.JoinCode, "Yasmine");
            var shop = tablet.Locator("section.shop");
            await shop.GetByLabel("Artikel").SelectOptionAsync(ShopApiClient.Motor);
            await shop.GetByLabel("Aantal").FillAsync("2");
            await shop.GetByRole(AriaRole.Button, new() { Name = "Bestellen" }).ClickAsync();

            await Expect(shop.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Daarvoor is het budget dat nog over is niet groot genoeg.");
            await Expect(shop.Locator(".shop-orders")).ToHaveTextAsync("Nog geen bestellingen.");
        }
        finally
        {
            await tablet.CloseAsync();
        }
    }
}
