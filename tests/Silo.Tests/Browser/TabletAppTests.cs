using System.Text.Json;
using ChallengeHub.Silo.Tests.Shop;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class TabletAppTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task TheTabletPageCanBeInstalledWithItsManifestAndServiceWorker()
    {
        var profile = Directory.CreateTempSubdirectory("challengehub-profile-");
        try
        {
            await using var context = await browser.LaunchPersistentContextAsync(profile.FullName, silo.BaseAddress.ToString());
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            await page.GotoAsync("/tablet.html");
            var worker = await page.EvaluateAsync<string>("() => navigator.serviceWorker.ready.then(r => r.active.scriptURL)");
            Assert.EndsWith("/sw.js", worker, StringComparison.Ordinal);

            var cdp = await context.NewCDPSessionAsync(page);
            var manifest = (await cdp.SendAsync("Page.getAppManifest"))!.Value;
            Assert.EndsWith("/manifest.webmanifest", manifest.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Empty(manifest.GetProperty("errors").EnumerateArray());
            using var data = JsonDocument.Parse(manifest.GetProperty("data").GetString()!);
            Assert.Equal(("/tablet.html", "standalone"), (data.RootElement.GetProperty("start_url").GetString(), data.RootElement.GetProperty("display").GetString()));
            var installability = (await cdp.SendAsync("Page.getInstallabilityErrors"))!.Value;
            Assert.Empty(installability.GetProperty("installabilityErrors").EnumerateArray().Select(e => e.GetProperty("errorId").GetString()));
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1280, 720)]
    [InlineData(1024, 768)]
    [InlineData(820, 1180)]
    [InlineData(768, 1024)]
    [InlineData(390, 844)]
    public async Task TheTabletPageFitsTheScreenWithoutSidewaysScrolling(int width, int height)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Stroomversnellers met een wat langere teamnaam", "Technisch Instituut Sint-Jozef Kortrijk");
        await http.SetUpShopAsync(challenge.Id, defaultBudgetCents: 10_000, motorStock: 5);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();

        await page.JoinOnTabletAsync(team.JoinCode, "Mila");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dit hebben jullie al laten zien" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"tablet-page-{width}x{height}.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The page scrolls sideways at {width}×{height}.");
    }

    [Fact]
    public async Task TheTeamPageShowsWhatTheTeamHasShownWhatTheNextLevelAsksAndTheJurysWords()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        var milestone = await http.LogMilestoneAsync(team, "Kring spanningsloos gemaakt", "veilig-werken");
        await http.AwardBadgeAsync(team, "veilig-werken", 2, milestone.Id);
        await http.SetUpShopAsync(challenge.Id, defaultBudgetCents: 10_000);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        var page = await context.NewPageAsync();

        await page.JoinOnTabletAsync(team.JoinCode, "Lotte");

        var profile = page.Locator("section.team-profile");
        await Expect(profile.Locator("h3 + .profile-list").First).ToContainTextAsync("Veilig werken met elektriciteit: Past toe");
        await Expect(profile).ToContainTextAsync("Volgende stap");
        await Expect(profile).ToContainTextAsync("Veilig werken met elektriciteit: Zelfstandig");
        await Expect(profile).ToContainTextAsync("Meten en testen: Verkent");
        await Expect(profile.Locator(".profile-badge blockquote")).ToHaveTextAsync("Jullie toonden hoe je veilig werkt.");
        await Expect(profile).ToContainTextAsync("Kring spanningsloos gemaakt");
        await Expect(profile).ToContainTextAsync("Budget: nog € 100,00 van € 100,00");
        await profile.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("tablet-team-page.png"), FullPage = true });
    }
}
