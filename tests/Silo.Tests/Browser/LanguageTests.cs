using ChallengeHub.Silo.Tests.Shop;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class LanguageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task ThePickerSwitchesTheJoinFormFromDutchToEnglishAndFrenchAndTheChoiceStaysAfterAReload()
    {
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tablet.html");
        await Expect(page.GetByLabel("Koppelcode van je team")).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");

        await page.GetByLabel("Taal").SelectOptionAsync("en");
        await Expect(page.GetByLabel("Your team’s join code")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Nickname")).ToBeVisibleAsync();

        await page.GetByLabel("Language").SelectOptionAsync("fr");
        await Expect(page.GetByLabel("Code de ton équipe")).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
    }

    [Fact]
    public async Task TheShowcaseInFrenchNamesTheCompetenceAsTheFrameworkDoesAndWritesDatesTheBelgianFrenchWay()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        await ShowcasePageTests.LogConsentedMilestoneAsync(http, team, "Motorsturing getest");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), Locale = "nl-BE", TimezoneId = "Europe/Brussels" });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/showcase.html?challenge={challenge.Id}&lang=fr");

        var item = page.Locator(".showcase-item").Filter(new() { HasText = "Motorsturing getest" });
        await Expect(item.Locator(".competence-chip")).ToHaveTextAsync(["Mesures et essais"]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ce que les équipes ont montré" })).ToBeVisibleAsync();
        var iso = await item.Locator("time").GetAttributeAsync("datetime");
        var expected = await page.EvaluateAsync<string>("iso => new Intl.DateTimeFormat('fr-BE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))", iso);
        await Expect(item.Locator("time")).ToHaveTextAsync(expected);
        Assert.Contains(new[] { "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc." }, month => expected.Contains(month, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "fr-BE", "Commandes de De Vonkenmakers", "Encore {0} à dépenser sur {1}.", "En attente d’approbation", "Approuver 2 × Motor 12 V")]
    [InlineData("en", "en", "Orders of De Vonkenmakers", "{0} left to spend of {1}.", "Waiting for approval", "Approve 2 × Motor 12 V")]
    public async Task TheCoachsOrderPageSpeaksTheChosenLanguageAndWritesAmountsInItsLocale(
        string language, string locale, string heading, string budgetLine, string pending, string approve)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        await http.SetUpShopAsync(challenge.Id, defaultBudgetCents: 150_000, motorStock: 5);
        var order = await http.OrderAsync(team, quantity: 2);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), Locale = "nl-BE" });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/coach.html?challenge={challenge.Id}&team={team.Id}&lang={language}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        var euro = await page.EvaluateAsync<string[]>(
            "locale => [1500, 25].map(v => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(v))", locale);
        await Expect(page.Locator(".shop-budget")).ToHaveTextAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, budgetLine, euro[0], euro[0]));
        var item = page.Locator($"[data-order-id='{order.Id}']");
        await Expect(item.Locator(".shop-order-amount")).ToHaveTextAsync(euro[1]);
        await Expect(item.Locator(".shop-order-status")).ToHaveTextAsync(pending);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = approve })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("fr", "À examiner", "Attribuer un badge à De Vonkenmakers", "Mesures et essais")]
    [InlineData("en", "To review", "Award a badge to De Vonkenmakers", "Measuring and testing")]
    public async Task TheJurorConsoleSpeaksFrenchAndEnglishWithTheFrameworksOwnCompetenceNames(string language, string heading, string award, string competence)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        await http.LogMilestoneAsync(team, "Motorsturing getest", "meten-testen");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString() });
        await context.SignInAsJurorAsync(http, challenge.Id);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/juror.html?challenge={challenge.Id}&lang={language}");
        await page.GetByRole(AriaRole.Button, new() { Name = award }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.Locator("#filter-competence option", new() { HasText = competence })).ToHaveCountAsync(1);
        await Expect(page.Locator("#award-competence option", new() { HasText = competence })).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData("fr", "fr-BE", "Noter une étape", "Enregistrer l’étape", "Voici ce que vous avez déjà montré", "Prochaine étape", "Mesures et essais", "Budget : encore {0} sur {0}")]
    [InlineData("en", "en", "Log a milestone", "Save milestone", "What you have shown so far", "Next step", "Measuring and testing", "Budget: {0} left of {0}")]
    public async Task TheTabletPageSpeaksThePupilsLanguageAndWritesAmountsAndTimesInItsLocale(
        string language, string locale, string heading, string save, string shown, string next, string competence, string budgetLine)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        await http.LogMilestoneAsync(team, "Motorsturing getest", "meten-testen");
        await http.SetUpShopAsync(challenge.Id, defaultBudgetCents: 150_000);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), Locale = "nl-BE", TimezoneId = "Europe/Brussels" });
        var page = await context.NewPageAsync();
        await page.JoinOnTabletAsync(team.JoinCode, "Lotte");

        await page.GotoAsync($"/tablet.html?lang={language}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = save })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        var profile = page.Locator("section.team-profile");
        await Expect(profile.GetByRole(AriaRole.Heading, new() { Name = shown })).ToBeVisibleAsync();
        await Expect(profile.GetByRole(AriaRole.Heading, new() { Name = next })).ToBeVisibleAsync();
        await Expect(profile).ToContainTextAsync(competence);
        var euro = await page.EvaluateAsync<string>("locale => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(1500)", locale);
        await Expect(profile.GetByText(string.Format(System.Globalization.CultureInfo.InvariantCulture, budgetLine, euro), new() { Exact = true })).ToBeVisibleAsync();
        var time = page.Locator(".recent-item", new() { HasText = "Motorsturing getest" }).Locator("time");
        var expected = await page.EvaluateAsync<string>(
            "([iso, locale]) => new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))",
            new[] { await time.GetAttributeAsync("datetime"), locale });
        await Expect(time).ToHaveTextAsync(expected);
    }
}
