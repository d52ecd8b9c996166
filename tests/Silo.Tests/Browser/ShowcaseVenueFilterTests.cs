using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The showcase narrowed to one venue of the season, from the address or the venue picker, on a phone and on a big screen.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class ShowcaseVenueFilterTests(SiloFixture silo, BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1920, 1080)]
    public async Task TheShowcaseShowsTheTeamsOfTheVenueInTheAddressAndThePickerMovesToAnother(int width, int height)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var zon = await http.RegisterTeamAsync(challenge.Id, "Zonnekracht");
        var gent = await Seasons.JoinCardsApiTests.VenueWithAsync(http, challenge.Id, vonk.Id);
        await ShowcasePageTests.LogConsentedMilestoneAsync(http, vonk, "Schakeling getest");
        await ShowcasePageTests.LogConsentedMilestoneAsync(http, zon, "Zonnepaneel gemonteerd");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/showcase.html?challenge={challenge.Id}&venue={gent.Id}");

        await Expect(page.GetByLabel("Locatie")).ToHaveValueAsync(gent.Id.ToString());
        await Expect(page.Locator(".showcase-team")).ToHaveTextAsync(["De Vonk"]);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"showcase-venue-{width}x{height}.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/showcase.html of one venue");

        await page.GetByLabel("Locatie").SelectOptionAsync(new SelectOptionValue { Label = "Alle" });

        await Expect(page.Locator(".showcase-team")).ToHaveTextAsync(["Zonnekracht", "De Vonk"]);
        await Expect(page).Not.ToHaveURLAsync(new Regex("venue="));
    }
}
