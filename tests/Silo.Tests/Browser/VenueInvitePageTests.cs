using System.Text.Json;
using ChallengeHub.Silo.Tests.Seasons;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The organiser invites a juror for one venue of the season from the invite form.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class VenueInvitePageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task TheOrganiserInvitesAJurorForOneVenueChosenInTheForm()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        var venue = await VenueOverviewApiTests.VenueWithAsync(http, challenge.Id, team.Id);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/organiser.html?challenge={challenge.Id}#uitnodigingen");
        var invites = page.Locator("#uitnodigingen");
        await invites.GetByLabel("Wie nodig je uit?").SelectOptionAsync("coach");
        await Expect(invites.GetByLabel("Voor welke locatie?")).ToBeHiddenAsync();
        await invites.GetByLabel("Wie nodig je uit?").SelectOptionAsync("juror");
        var picker = invites.GetByLabel("Voor welke locatie?");
        await Expect(picker.Locator("option")).ToHaveTextAsync(["Het hele seizoen", "Halve finales: Provinciehuis Gent"]);
        await picker.SelectOptionAsync(new SelectOptionValue { Label = "Halve finales: Provinciehuis Gent" });
        await invites.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging maken" }).ClickAsync();

        await Expect(invites.Locator(".invite")).ToContainTextAsync("Voor de locatie Provinciehuis Gent.");
        var listed = await http.GetStringAsync($"/api/challenges/{challenge.Id}/invites", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(listed);
        Assert.Equal(venue, document.RootElement.EnumerateArray().Single().GetProperty("invite").GetProperty("venueId").GetGuid());
        await invites.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("organiser-venue-invite-1280x720.png") });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/organiser.html invite form with a venue");
    }
}
