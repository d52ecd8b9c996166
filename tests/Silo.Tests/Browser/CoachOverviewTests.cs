using System.Net.Http.Json;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Kits;
using ChallengeHub.Silo.Tests.Shop;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The coach page on the day: what waits per own team at a glance, each team folded, and pupils who join appearing by themselves.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class CoachOverviewTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task TheOverviewCountsWhatWaitsPerOwnTeamInNameOrderAndOpensTheFoldedTeamAtItsSectionOnAPhone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await http.SetKitTemplateAsync(challenge.Id);
        await http.IssueKitsAsync(challenge.Id);
        await http.SetUpShopAsync(challenge.Id);
        await http.RegisterTeamAsync(challenge.Id, "Team van een andere coach");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        await context.SignInAsCoachAsync(http, challenge.Id);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/coach.html");
        foreach (var name in new[] { "Zoemers", "Ampère" })
        {
            await page.GetByLabel("Teamnaam").FillAsync(name);
            await page.GetByLabel("School").FillAsync("VTI Brugge");
            await page.GetByRole(AriaRole.Button, new() { Name = "Team inschrijven" }).ClickAsync();
            await Expect(page.Locator(".coach-team h3").Filter(new() { HasText = name })).ToHaveCountAsync(1);
        }

        var teams = (await http.GetFromJsonAsync<TeamDetails[]>($"/api/challenges/{challenge.Id}/teams", ApiClient.Json, cancellationToken))!;
        var (zoemers, ampere) = (teams.Single(t => t.Name == "Zoemers"), teams.Single(t => t.Name == "Ampère"));
        (await ApiClient.JoinAsPupilAsync(silo.BaseAddress, ampere, "Lotte")).Dispose();

        await http.OrderAsync(ampere);
        await http.CheckInAsync(zoemers, "RLY-5", "missing");
        using var employer = await http.InvitedAsync(challenge.Id, "employer");
        using (var offered = await employer.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{zoemers.Id}/offers", new { kind = "visit", message = "Kom ons atelier bekijken." }, ApiClient.Json, cancellationToken))
        {
            offered.EnsureSuccessStatusCode();
        }

        await page.ReloadAsync();
        var rows = page.Locator(".coach-overview-team");
        await Expect(rows.Locator(".coach-overview-name")).ToHaveTextAsync(["Ampère", "Zoemers"]);
        await Expect(rows.Nth(0).Locator(".coach-count")).ToHaveTextAsync(
            ["Bestellingen te bekijken: 1", "Nieuwe aanbiedingen: 0", "Toestemming nog vast te leggen: 1", "Open kitpunten: 0"]);
        await Expect(rows.Nth(1).Locator(".coach-count")).ToHaveTextAsync(
            ["Bestellingen te bekijken: 0", "Nieuwe aanbiedingen: 1", "Toestemming nog vast te leggen: 0", "Open kitpunten: 1"]);
        await Expect(page.Locator("details.coach-team[open]")).ToHaveCountAsync(0);
        await AssertNoHorizontalScrollAsync(page);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("coach-overview-390x844.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/coach.html overview at 390x844");

        await rows.Nth(0).GetByRole(AriaRole.Link, new() { Name = "Toestemming nog vast te leggen: 1" }).ClickAsync();
        await Expect(page.Locator($"details[data-team-id='{ampere.Id}']")).ToHaveAttributeAsync("open", string.Empty);
        await Expect(page.Locator($"#consent-{ampere.Id}")).ToBeFocusedAsync();
        await Expect(page.Locator($"#consent-{ampere.Id} .pupil")).ToContainTextAsync("Lotte");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("coach-overview-opened-390x844.png") });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/coach.html with a team opened at 390x844");

        await page.ReloadAsync();
        await Expect(page.Locator($"details[data-team-id='{ampere.Id}']")).ToHaveAttributeAsync("open", string.Empty);
        await Expect(page.Locator($"details[data-team-id='{zoemers.Id}']")).Not.ToHaveAttributeAsync("open", string.Empty);
        await Expect(rows).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task APupilWhoJoinsAppearsOnTheCoachPageAndInItsCountsWithoutRefreshingOnATablet()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 820, Height = 1180 } });
        await context.SignInAsCoachAsync(http, challenge.Id);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/coach.html");
        await page.GetByLabel("Teamnaam").FillAsync("De Vonkenmakers van het Vrij Technisch Instituut");
        await page.GetByLabel("School").FillAsync("VTI Brugge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Team inschrijven" }).ClickAsync();
        var card = page.Locator(".coach-team");
        await Expect(card).ToHaveAttributeAsync("open", string.Empty);
        await Expect(card.Locator(".pupil-list")).ToContainTextAsync("Nog niemand aangemeld.");
        var consentCount = page.Locator(".coach-count[data-kind='consent']");
        await Expect(consentCount).ToHaveTextAsync("Toestemming nog vast te leggen: 0");
        var joinCode = (await card.Locator(".join-code").TextContentAsync())!;
        using var pupil = ApiClient.CreateCookieClient(silo.BaseAddress);
        using (var joined = await pupil.SignInAsync("/api/session/pupil", new { joinCode, nickname = "Lotte", pin = "1234" }))
        {
            joined.EnsureSuccessStatusCode();
        }

        var lotte = card.Locator(".pupil").Filter(new() { HasText = "Lotte" });
        await Expect(lotte).ToContainTextAsync("Nog niets vastgelegd");
        await Expect(card.Locator(".pupils").GetByRole(AriaRole.Status).Filter(new() { HasText = "bij het team" })).ToHaveTextAsync("Lotte is net bij het team gekomen.");
        await Expect(consentCount).ToHaveTextAsync("Toestemming nog vast te leggen: 1");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("coach-pupil-joined-820x1180.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/coach.html after a pupil joined at 820x1180");

        await lotte.GetByLabel("Bijnaam op de muur").CheckAsync();
        await Expect(lotte.GetByRole(AriaRole.Status)).ToHaveTextAsync("Bijnaam op de muur: ja — bewaard voor Lotte.");
        await Expect(consentCount).ToHaveTextAsync("Toestemming nog vast te leggen: 0");
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page scrolls sideways on a phone: {widths[0]} px wide in {widths[1]} px");
    }
}
