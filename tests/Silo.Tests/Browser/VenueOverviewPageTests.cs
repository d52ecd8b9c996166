using System.Net.Http.Json;
using ChallengeHub.Silo.Tests.Kits;
using ChallengeHub.Silo.Tests.Seasons;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The organiser's venue overview on the day: every team by name with its signs, following the hall live.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class VenueOverviewPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 720)]
    [InlineData(820, 1180)]
    public async Task TheOverviewFollowsTheHallWithoutAReload(int width, int height)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var zon = await http.RegisterTeamAsync(challenge.Id, "Zonnekracht");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        await http.SetKitTemplateAsync(challenge.Id);
        await http.IssueKitsAsync(challenge.Id);
        var venue = await VenueOverviewApiTests.VenueWithAsync(http, challenge.Id, zon.Id, ampere.Id, vonk.Id);
        await http.CheckInAsync(vonk, "MOT-12V", "received");
        await http.CheckInAsync(vonk, "RLY-5", "received");
        await http.LogMilestoneAsync(vonk, "Motor draait", "bedraden");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/venue.html?challenge={challenge.Id}&venue={venue}");
        await Expect(page.Locator(".venue-overview tbody th")).ToHaveTextAsync(["Ampère" + ampere.School, "De Vonk" + vonk.School, "Zonnekracht" + zon.School]);
        await Expect(page.Locator(".venue-live")).ToHaveTextAsync("Live bijgewerkt.");
        var zonRow = page.Locator($"tr[data-team-id='{zon.Id}']");
        await Expect(zonRow.Locator("[data-sign=milestone]")).ToContainTextAsync("Nog niet");

        await http.LogMilestoneAsync(zon, "Eerste ronde gereden", "bedraden");
        await Expect(zonRow.Locator("[data-sign=milestone]")).ToContainTextAsync("Ja");
        await http.CheckInAsync(zon, "MOT-12V", "received");
        await http.CheckInAsync(zon, "RLY-5", "damaged");
        await Expect(zonRow.Locator("[data-sign=kit]")).ToContainTextAsync("Ja");
        (await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/season/venues/{venue}/board/recognitions",
            new { teamId = zon.Id, categoryId = "proces", reason = "Elke stap in het logboek" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await Expect(zonRow.Locator("[data-sign=recognition]")).ToContainTextAsync("Ja");
        await Expect(zonRow.Locator("[data-sign=juror]")).ToContainTextAsync("Ja");

        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"venue-overview-{width}x{height}.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/venue.html with three teams");
    }
}
