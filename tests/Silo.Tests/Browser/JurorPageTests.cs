using System.Net.Http.Json;
using ChallengeHub.Grains.Badges;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class JurorPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task AJurorAwardsABadgeFromTheQueueAfterSeeingTheLanguageWarning()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        await http.RegisterTeamAsync(challenge.Id, "Ampère");
        var milestone = await http.LogMilestoneAsync(team, "Metingen genoteerd", "meten-testen");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        var jurorName = await context.SignInAsJurorAsync(http, challenge.Id);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/juror.html?challenge={challenge.Id}");
        await Expect(page.Locator(".juror-unvisited")).ToContainTextAsync("Nog geen jurybezoek voor 2 teams.");
        var queued = page.GetByRole(AriaRole.Region, new() { Name = "De Vonkenmakers" });
        await queued.GetByLabel("Als bewijs: Metingen genoteerd").CheckAsync();
        await queued.GetByRole(AriaRole.Button, new() { Name = "Badge toekennen aan De Vonkenmakers" }).ClickAsync();
        await page.GetByLabel("Competentie", new() { Exact = true }).Last.SelectOptionAsync("meten-testen");
        await Expect(page.Locator(".juror-level")).ToHaveCountAsync(4);
        await page.Locator(".juror-level").Nth(2).ClickAsync();
        await page.GetByLabel("Wat jullie lieten zien").FillAsync("De eerste meting is gefaald, daarna maten jullie alles systematisch na.");
        await page.GetByLabel("Een volgende stap").FillAsync("Vergelijk je metingen met het ontwerp.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Badge toekennen", Exact = true }).ClickAsync();
        await Expect(page.Locator(".juror-warning")).ToContainTextAsync("“gefaald”");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toch opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Badge toegekend" })).ToHaveTextAsync("Badge toegekend: Meten en testen op niveau 3.");
        await Expect(page.Locator(".juror-unvisited")).ToContainTextAsync("Nog geen jurybezoek voor 1 team.");
        await Expect(page.Locator(".juror-unvisited").GetByRole(AriaRole.Button)).ToHaveTextAsync(["Badge voor Ampère op basis van wat je zag"]);
        await Expect(page.GetByLabel("Wat jullie lieten zien")).ToHaveValueAsync(string.Empty);
        await Expect(page.Locator(".juror-level input:checked")).ToHaveCountAsync(0);
        var badges = await http.GetFromJsonAsync<Badge[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges", ApiClient.Json, TestContext.Current.CancellationToken);
        var badge = Assert.Single(badges!);
        Assert.Equal((3, jurorName, "Vergelijk je metingen met het ontwerp."), (badge.Level, badge.JurorName, badge.NextStep));
        Assert.Equal([milestone.Id], badge.MilestoneIds);
        Assert.Equal(["gefaald"], badge.FlaggedPhrases!.Value);
    }
}
