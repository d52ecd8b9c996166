using System.Net.Http.Json;
using ChallengeHub.Grains.Teams;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>A coach pastes a roster list from a spreadsheet: bad lines are named by number and nothing is registered until the list is right.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class RosterImportPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 720)]
    [InlineData(820, 1180)]
    public async Task APasteWithTwoBadLinesNamesBothAndRegistersNothingThenTheFixedListRegistersEveryTeam(int width, int height)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        await context.SignInAsCoachAsync(http, challenge.Id);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/coach.html");
        var form = page.Locator(".roster-import");

        await form.GetByLabel("Teamnamen").FillAsync("Teamnaam;School\nDe Vonk\n;VTI Gent\nAmpère\nDe Vonk");
        await form.GetByLabel("Onderwijsinstelling").FillAsync("VTI Brugge");
        await form.GetByRole(AriaRole.Button, new() { Name = "Teams inlezen" }).ClickAsync();

        await Expect(form.Locator(".roster-errors li")).ToHaveTextAsync([
            "Regel 3: Deze regel heeft geen teamnaam",
            "Regel 5: Deze teamnaam staat al op een eerdere regel",
        ]);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"coach-roster-errors-{width}x{height}.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/coach.html with roster line errors");
        Assert.Empty((await http.GetFromJsonAsync<TeamDetails[]>($"/api/challenges/{challenge.Id}/teams", ApiClient.Json, TestContext.Current.CancellationToken))!);

        await form.GetByLabel("Teamnamen").FillAsync("Teamnaam;School\nDe Vonk\nZonnekracht;VTI Gent\nAmpère");
        await form.GetByRole(AriaRole.Button, new() { Name = "Teams inlezen" }).ClickAsync();

        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("3 teams ingeschreven: Ampère, De Vonk, Zonnekracht.");
        await Expect(form.Locator(".roster-errors li")).ToHaveCountAsync(0);
        await Expect(page.Locator(".coach-team h3")).ToHaveTextAsync(["Ampère", "De Vonk", "Zonnekracht"]);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"coach-roster-imported-{width}x{height}.png"), FullPage = true });
    }
}
