using ChallengeHub.Silo.Tests.Kits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The kits page names the teams that have no kit and lets the organiser issue it to them.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class KitsWithoutKitTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task TheKitsPageNamesTheTeamsWithoutAKitInNameOrderAndIssuesItToOneOfThem()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await http.SetKitTemplateAsync(challenge.Id);
        var zoemers = await http.RegisterTeamAsync(challenge.Id, "Zoemers", "KTA Gent");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère", "GO! Technisch Atheneum");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/kits.html?challenge={challenge.Id}");
        var missing = page.Locator(".kit-missing");
        await Expect(missing).ToContainTextAsync("2 teams hebben nog geen kit");
        await Expect(missing.Locator("li")).ToHaveTextAsync(["Ampère GO! Technisch AtheneumKit uitdelen aan Ampère", "Zoemers KTA GentKit uitdelen aan Zoemers"]);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("kits-without-kit-1920x1080.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/kits.html with teams without a kit at 1920x1080");

        await missing.GetByRole(AriaRole.Button, new() { Name = "Kit uitdelen aan Ampère" }).ClickAsync();
        await Expect(missing.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ampère heeft nu zijn kit.");
        await Expect(missing.Locator("li")).ToHaveTextAsync(["Zoemers KTA GentKit uitdelen aan Zoemers"]);
        Assert.NotNull((await http.GetKitAsync(ampere)).IssuedAt);
        Assert.Null((await http.GetKitAsync(zoemers)).IssuedAt);

        await page.GetByRole(AriaRole.Button, new() { Name = "Kit uitdelen aan alle teams" }).ClickAsync();
        await Expect(missing).ToContainTextAsync("Elk team heeft zijn kit.");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("kits-every-team-has-one-1920x1080.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/kits.html with every team's kit issued at 1920x1080");
    }
}
