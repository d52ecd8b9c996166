using System.Net.Http.Json;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Evidence;
using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class TabletOutboxTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task AMilestoneWithAPhotoLoggedOfflineSurvivesAReloadAndIsStoredOnceWhenTheWifiIsBack()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Zonnezoekers");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.JoinOnTabletAsync(team.JoinCode, "Amira");
        await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");

        await context.SetOfflineAsync(true);
        await page.GetByLabel("Wat hebben jullie gedaan?").FillAsync("Zonnepaneel gemonteerd");
        await page.GetByLabel("Foto van jullie werk").SetInputFilesAsync(new FilePayload { Name = "paneel.png", MimeType = "image/png", Buffer = TestPhotos.Encode(3000, 2000, SKEncodedImageFormat.Png) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
        await Expect(page.Locator("#form-status")).ToContainTextAsync("wacht om te verzenden");
        var waiting = page.Locator(".outbox-item");
        await Expect(waiting.Locator("h3")).ToHaveTextAsync(["Mijlpaal: Zonnepaneel gemonteerd"]);
        await Expect(waiting).ToContainTextAsync("wacht om te verzenden");

        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijlpaal loggen" })).ToBeVisibleAsync();
        await Expect(waiting.Locator("h3")).ToHaveTextAsync(["Mijlpaal: Zonnepaneel gemonteerd"]);
        Assert.Empty(await MilestonesAsync(http, team));

        await context.SetOfflineAsync(false);
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('online'))");
        await Expect(waiting).ToHaveCountAsync(0);
        await Expect(page.Locator(".recent-item h3")).ToHaveTextAsync(["Zonnepaneel gemonteerd"]);

        var milestone = Assert.Single(await MilestonesAsync(http, team));
        var photo = Assert.Single(await http.ListPhotosAsync(team));
        Assert.Equal([photo.Id], milestone.PhotoIds!.Value);
        Assert.Equal((2048, 1365), (photo.Width, photo.Height));
    }

    [Fact]
    public async Task AMilestoneWhoseAnswerTimedOutIsSentAgainWithItsKeyAndStoredOnce()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Draaikolken");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.JoinOnTabletAsync(team.JoinCode, "Jonas");
        var keys = new List<string>();
        await page.RouteAsync("**/milestones", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }

            keys.Add(route.Request.Headers["idempotency-key"]);
            if (keys.Count > 1)
            {
                await route.ContinueAsync();
                return;
            }

            await route.FetchAsync();
            await route.AbortAsync("timedout");
        });

        await page.GetByLabel("Wat hebben jullie gedaan?").FillAsync("Tandwielen uitgelijnd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
        await Expect(page.Locator("#form-status")).ToContainTextAsync("wacht om te verzenden");
        await Expect(page.Locator(".outbox-item h3")).ToHaveTextAsync(["Mijlpaal: Tandwielen uitgelijnd"]);
        Assert.Single(await MilestonesAsync(http, team));
        Assert.Single(keys);

        await page.EvaluateAsync("() => window.dispatchEvent(new Event('online'))");
        await Expect(page.Locator(".outbox-item")).ToHaveCountAsync(0);
        await Expect(page.Locator(".recent-item h3")).ToHaveTextAsync(["Tandwielen uitgelijnd"]);
        Assert.Single(await MilestonesAsync(http, team));
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task SigningOutSendsWhatThePupilLeftWaitingWhileTheirSessionStillHolds()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Zonnezoekers");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.JoinOnTabletAsync(team.JoinCode, "Amira");

        await page.RouteAsync("**/milestones", DropMilestonePostsAsync);
        await LogOnTabletAsync(page, "Motor gemonteerd");
        await Expect(page.Locator(".outbox-item h3")).ToHaveTextAsync(["Mijlpaal: Motor gemonteerd"]);
        await page.UnrouteAsync("**/milestones");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(page.GetByLabel("Koppelcode van je team")).ToBeVisibleAsync();

        var milestone = Assert.Single(await MilestonesAsync(http, team));
        Assert.Equal("Motor gemonteerd", milestone.Title);
        Assert.NotNull(milestone.AuthorId);
    }

    [Fact]
    public async Task WorkLeftWaitingAtSignOutStaysWithItsPupilAndTheNextPupilNeitherSeesNorSendsIt()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Zonnezoekers");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.JoinOnTabletAsync(team.JoinCode, "Amira");
        await page.RouteAsync("**/milestones", DropMilestonePostsAsync);
        await LogOnTabletAsync(page, "Motor gemonteerd");
        await Expect(page.Locator(".outbox-item h3")).ToHaveTextAsync(["Mijlpaal: Motor gemonteerd"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(page.GetByLabel("Koppelcode van je team")).ToBeVisibleAsync();

        await page.JoinOnTabletAsync(team.JoinCode, "Bram");
        await Expect(page.Locator(".outbox")).ToBeHiddenAsync();
        await page.UnrouteAsync("**/milestones");
        await LogOnTabletAsync(page, "Schakelaar getest");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Schakelaar getest", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(["Schakelaar getest"], (await MilestonesAsync(http, team)).Select(m => m.Title));
        await Expect(page.Locator(".outbox-item")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(page.GetByLabel("Koppelcode van je team")).ToBeVisibleAsync();

        await page.JoinOnTabletAsync(team.JoinCode, "Amira");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Motor gemonteerd", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator(".outbox-item")).ToHaveCountAsync(0);
        var milestones = await MilestonesAsync(http, team);
        Assert.Equal(["Motor gemonteerd", "Schakelaar getest"], milestones.Select(m => m.Title).Order());
        Assert.Equal(2, milestones.Select(m => m.AuthorId).Distinct().Count());
    }

    /// <summary>The milestone posts are lost on the way, as on a tablet whose wifi drops; everything else goes through.</summary>
    private static Task DropMilestonePostsAsync(IRoute route) =>
        route.Request.Method == "POST" ? route.AbortAsync() : route.ContinueAsync();

    private static async Task LogOnTabletAsync(IPage page, string title)
    {
        await page.GetByLabel("Wat hebben jullie gedaan?").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
    }

    private static async Task<Milestone[]> MilestonesAsync(HttpClient http, TeamDetails team) =>
        await http.GetFromJsonAsync<Milestone[]>(
            $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/milestones", ApiClient.Json, TestContext.Current.CancellationToken) ?? [];
}
