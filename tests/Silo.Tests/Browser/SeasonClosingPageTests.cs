using System.Net.Http.Json;
using ChallengeHub.Silo.Tests.Seasons;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>Closing a season on the organiser page: the teams still without a published recognition, by name, and the override.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class SeasonClosingPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task TheOrganiserSeesWhichTeamsLackAPublishedRecognitionAndClosesOnlyWithAReason()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère", "KTA Gent");
        await http.AwardBadgeAsync(vonk, "bedraden", 2);
        await http.AwardBadgeAsync(ampere, "bedraden", 2);
        var venue = await VenueOverviewApiTests.VenueWithAsync(http, challenge.Id, vonk.Id, ampere.Id);
        var board = $"/api/challenges/{challenge.Id}/season/venues/{venue}/board";
        (await http.PostAsJsonAsync($"{board}/recognitions", new { teamId = vonk.Id, categoryId = "samenwerking", reason = "Iedereen had een rol" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"{board}/publish", new { @override = true, reason = "Ampère was er niet" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await http.AdvanceAsync(challenge.Id, "showcase");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/organiser.html?challenge={challenge.Id}#afsluiten");
        var closing = page.Locator("#afsluiten");
        await Expect(closing.Locator(".closing-recognition")).ToHaveTextAsync("Deze teams hebben nog geen gepubliceerde erkenning — vraag de jury van hun locatie om er een vast te leggen en te publiceren");
        await Expect(closing.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Ampère — KTA Gent"]);
        await closing.GetByRole(AriaRole.Button, new() { Name = "Challenge afsluiten" }).ClickAsync();
        await Expect(closing.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nog niet elk team heeft een gepubliceerde erkenning: Ampère");
        await closing.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("organiser-closing-without-recognition-1280x720.png") });

        await closing.GetByLabel("Ik sluit af, ook al heeft niet elk team een gepubliceerde erkenning").CheckAsync();
        await closing.GetByLabel("Reden").FillAsync("Ampère krijgt zijn erkenning op de finale.");
        await closing.GetByRole(AriaRole.Button, new() { Name = "Challenge afsluiten" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ja, afsluiten" }).ClickAsync();
        await Expect(closing).ToContainTextAsync("Deze teams hadden toen nog geen gepubliceerde erkenning.");
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/organiser.html after closing a season with an override");
    }
}
