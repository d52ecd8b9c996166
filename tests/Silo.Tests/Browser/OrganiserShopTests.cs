using ChallengeHub.Grains.Budgets;
using ChallengeHub.Silo.Tests.Shop;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class OrganiserShopTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task AnOrganiserSetsTheCatalogueAndBudgetInEurosAndSeesWhatATeamSpent()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        await http.RegisterTeamAsync(challenge.Id, "Atoomkrachten", "KTA Gent");
        await using var context = await NewContextAsync();
        var page = await OpenShopAsync(context, challenge.Id);
        var shop = page.Locator("#winkel");

        await shop.GetByRole(AriaRole.Button, new() { Name = "Artikel toevoegen" }).ClickAsync();
        await shop.GetByRole(AriaRole.Button, new() { Name = "Artikel toevoegen" }).ClickAsync();
        var rows = shop.Locator(".catalogue-row");
        await FillItemAsync(rows.Nth(0), ShopApiClient.Motor, "Motor 12 V", "12,50", "5", "Gelijkstroommotor met reductie");
        await FillItemAsync(rows.Nth(1), "SENS-IR", "Infraroodsensor", "3", "", "Voor de lijnvolger");
        await shop.GetByRole(AriaRole.Button, new() { Name = "Catalogus opslaan" }).ClickAsync();
        await Expect(shop.GetByText("Catalogus opgeslagen.")).ToBeVisibleAsync();
        await shop.GetByLabel("Budget per team (euro)").FillAsync("150");
        await shop.GetByRole(AriaRole.Button, new() { Name = "Budget per team opslaan" }).ClickAsync();
        await Expect(shop.GetByText("Budget per team opgeslagen: € 150,00.")).ToBeVisibleAsync();

        var catalogue = await http.GetCatalogueAsync(challenge.Id);
        Assert.Equal(15_000, catalogue.DefaultBudgetCents);
        Assert.Equal(
            [(ShopApiClient.Motor, "Motor 12 V", "Gelijkstroommotor met reductie", 1250L, (int?)5), ("SENS-IR", "Infraroodsensor", "Voor de lijnvolger", 300L, null)],
            catalogue.Items.Select(i => (i.Sku, i.Name, i.Description, i.UnitPriceCents, i.StockLimit)));

        var order = await http.OrderAsync(team, quantity: 2);
        using (var approved = await http.ActAsync(team, order.Id, "approve"))
        {
            approved.EnsureSuccessStatusCode();
        }

        await shop.GetByRole(AriaRole.Button, new() { Name = "Overzicht vernieuwen" }).ClickAsync();
        var teamRows = shop.Locator("tbody tr");
        await Expect(teamRows.Locator("th")).ToHaveTextAsync(["Atoomkrachten", "De Vonkenmakers"]);
        await Expect(teamRows.Nth(1).Locator("td")).ToHaveTextAsync(["€ 150,00", "€ 25,00", "€ 125,00", "Coachpagina van De Vonkenmakers"]);
        await Expect(teamRows.Nth(0).Locator("td")).ToHaveTextAsync(["€ 150,00", "€ 0,00", "€ 150,00", "Coachpagina van Atoomkrachten"]);
        await Expect(shop.GetByRole(AriaRole.Link, new() { Name = "Coachpagina van De Vonkenmakers" }))
            .ToHaveAttributeAsync("href", $"/coach.html?challenge={challenge.Id}&team={team.Id}");
    }

    [Fact]
    public async Task TheServersFieldErrorMarksThePriceOrSkuOfTheRowItBelongsToAndNothingIsStored()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await using var context = await NewContextAsync();
        var page = await OpenShopAsync(context, challenge.Id);
        var shop = page.Locator("#winkel");

        await shop.GetByRole(AriaRole.Button, new() { Name = "Artikel toevoegen" }).ClickAsync();
        await shop.GetByRole(AriaRole.Button, new() { Name = "Artikel toevoegen" }).ClickAsync();
        var rows = shop.Locator(".catalogue-row");
        await FillItemAsync(rows.Nth(0), "KABEL-1", "Kabel", "2,5", "", "");
        await FillItemAsync(rows.Nth(1), "kabel-1", "Kabel, rood", "twee euro", "", "");
        await shop.GetByRole(AriaRole.Button, new() { Name = "Catalogus opslaan" }).ClickAsync();
        await Expect(shop.Locator(".catalogue").GetByRole(AriaRole.Alert)).ToContainTextAsync("Artikel 2 · prijs");
        await Expect(rows.Nth(1).GetByLabel("Prijs (euro)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(rows.Nth(1).GetByLabel("Prijs (euro)")).ToBeFocusedAsync();

        await rows.Nth(1).GetByLabel("Prijs (euro)").FillAsync("2,00");
        await shop.GetByRole(AriaRole.Button, new() { Name = "Catalogus opslaan" }).ClickAsync();
        await Expect(shop.Locator(".catalogue").GetByRole(AriaRole.Alert)).ToContainTextAsync("Artikel 2 · artikelcode");
        await Expect(rows.Nth(1).GetByLabel("Artikelcode (sku)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(rows.Nth(0).GetByLabel("Artikelcode (sku)")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(rows.Nth(1).GetByLabel("Prijs (euro)")).Not.ToHaveAttributeAsync("aria-invalid", "true");

        Assert.Empty((await http.GetCatalogueAsync(challenge.Id)).Items);
    }

    [Fact]
    public async Task ATeamGetsItsOwnBudgetWithAReasonThatTheLedgerKeeps()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Team Spanningsveld", "KTA Gent");
        await http.SetUpShopAsync(challenge.Id, defaultBudgetCents: 10_000);
        await using var context = await NewContextAsync();
        var page = await OpenShopAsync(context, challenge.Id);
        var shop = page.Locator("#winkel");

        await shop.GetByLabel("Team", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Team Spanningsveld" });
        await shop.GetByLabel("Nieuw budget (euro)").FillAsync("175,50");
        await shop.GetByLabel("Reden").FillAsync("De school sponsort een groter ontwerp.");
        await shop.GetByRole(AriaRole.Button, new() { Name = "Eigen budget instellen" }).ClickAsync();

        await Expect(shop.GetByText("Team Spanningsveld heeft nu een eigen budget van € 175,50.")).ToBeVisibleAsync();
        await Expect(shop.Locator($"tr[data-team-id='{team.Id}'] td").First).ToHaveTextAsync("€ 175,50 (eigen budget)");
        var budget = await http.GetBudgetAsync(team);
        Assert.Equal((17_550L, true), (budget.BudgetCents, budget.OwnBudget));
        var entry = Assert.Single(budget.Ledger, e => e.Kind == LedgerEntryKind.BudgetAdjusted);
        Assert.Equal((SiloHost.OrganiserName, "De school sponsort een groter ontwerp.", 7_550L), (entry.Actor, entry.Why, entry.AmountCents));
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        await context.SignInAsOrganiserAsync();
        return context;
    }

    private static async Task<IPage> OpenShopAsync(IBrowserContext context, Guid challengeId)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/organiser.html?challenge={challengeId}#winkel");
        await Expect(page.Locator("#winkel .catalogue")).ToBeVisibleAsync();
        return page;
    }

    private static async Task FillItemAsync(ILocator row, string sku, string name, string price, string stock, string description)
    {
        await row.GetByLabel("Artikelcode (sku)").FillAsync(sku);
        await row.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
        await row.GetByLabel("Prijs (euro)").FillAsync(price);
        await row.GetByLabel("Voorraad (optioneel)").FillAsync(stock);
        await row.GetByLabel("Omschrijving (optioneel)").FillAsync(description);
    }
}
