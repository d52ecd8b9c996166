using System.Net.Http.Json;
using ChallengeHub.Silo.Tests.Kits;
using ChallengeHub.Silo.Tests.Shop;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>A tablet that started without wifi fills itself when the wifi returns, signs out for real offline, and knows a closed challenge.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class TabletRecoveryTests(SiloFixture silo, BrowserFixture browser)
{
    /// <summary>The issue's bar: every section filled within 5 s of the wifi coming back, without a reload or a tap.</summary>
    private static readonly LocatorAssertionsToContainTextOptions WithinFiveSeconds = new() { Timeout = 5_000 };

    [Theory]
    [InlineData(820, 1180)]
    [InlineData(390, 844)]
    public async Task APageLoadedWithoutWifiFillsEverySectionWithinFiveSecondsOfTheWifiReturning(int width, int height)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Stroomversnellers van het Koninklijk Technisch Atheneum");
        await http.SetKitTemplateAsync(challenge.Id);
        await http.IssueKitsAsync(challenge.Id);
        await http.SetUpShopAsync(challenge.Id);
        await http.LogMilestoneAsync(team, "Metingen genoteerd", "meten-testen");
        using (var run = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/runs", new { durationMs = 42_500, completed = true }, ApiClient.Json, TestContext.Current.CancellationToken))
        {
            run.EnsureSuccessStatusCode();
        }

        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.JoinOnTabletAsync(team.JoinCode, "Amira");
        await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");
        await Expect(page.Locator(".shop-budget")).ToContainTextAsync("Nog €");
        await Expect(page.Locator("#milestone-photo")).ToHaveAttributeAsync("accept", "image/*");
        Assert.Null(await page.Locator("#milestone-photo").GetAttributeAsync("capture"));

        await context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Expect(page.Locator(".shop-budget")).ToContainTextAsync("zodra de verbinding er is");
        await Expect(page.Locator(".team-profile")).ToContainTextAsync("zodra er verbinding is");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"tablet-offline-start-{width}x{height}.png"), FullPage = true });
        await context.SetOfflineAsync(false);

        await Expect(page.Locator(".shop-budget")).ToContainTextAsync("Nog €", WithinFiveSeconds);
        await Expect(page.Locator(".recent-item h3").First).ToContainTextAsync("Metingen genoteerd", WithinFiveSeconds);
        await Expect(page.Locator(".team-profile")).ToContainTextAsync("Jullie mijlpalen (1)", WithinFiveSeconds);
        await Expect(page.Locator(".team-profile")).ToContainTextAsync("Gelogd, nog niet erkend: Meten en testen", WithinFiveSeconds);
        await Expect(page.Locator(".tablet-kit")).ToContainTextAsync("Gelijkstroommotor 12 V", WithinFiveSeconds);
        await Expect(page.Locator(".run-time").First).ToContainTextAsync("42", WithinFiveSeconds);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"tablet-after-offline-start-{width}x{height}.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, $"/tablet.html after an offline start at {width}x{height}");
    }

    [Fact]
    public async Task SigningOutOfflineEndsTheSessionAtTheServerOnceBackAndTheNextPupilIsThemselves()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Zonnezoekers");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 820, Height = 1180 } });
        var page = await context.NewPageAsync();
        await page.JoinOnTabletAsync(team.JoinCode, "Amira");
        await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");

        await context.SetOfflineAsync(true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(page.Locator(".join-reason")).ToContainTextAsync("Je bent afgemeld");
        await Expect(page.Locator(".join-reason")).ToContainTextAsync("zodra de wifi terug is");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("tablet-offline-signout-820x1180.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/tablet.html signed out offline");
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Koppelcode van je team")).ToBeVisibleAsync();
        var signedOut = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/session", StringComparison.Ordinal) && r.Request.Method == "DELETE" && r.Ok);
        await context.SetOfflineAsync(false);
        await signedOut;

        Assert.False(await page.EvaluateAsync<bool>("() => fetch('/api/session').then(r => r.json()).then(s => s.signedIn)"));
        await page.JoinOnTabletAsync(team.JoinCode, "Bram");
        await Expect(page.Locator(".pupil-bar strong")).ToHaveTextAsync("Bram");
        Assert.Equal("Bram", await page.EvaluateAsync<string>("() => fetch('/api/session').then(r => r.json()).then(s => s.displayName)"));
    }

    [Fact]
    public async Task OnAClosedChallengeTheTabletSaysSoInsteadOfShowingTheMilestoneForm()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.JoinOnTabletAsync(team.JoinCode, "Noor");
        await http.AdvanceAsync(challenge.Id, "showcase");
        using (var closed = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/close", new { @override = true, reason = "Jury komt later langs." }, ApiClient.Json, TestContext.Current.CancellationToken))
        {
            closed.EnsureSuccessStatusCode();
        }

        await page.ReloadAsync();

        await Expect(page.Locator(".tablet-closed")).ToContainTextAsync("Deze challenge is afgesloten.");
        await Expect(page.GetByLabel("Wat hebben jullie gedaan?")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("tablet-closed-390x844.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/tablet.html on a closed challenge");
    }
}
