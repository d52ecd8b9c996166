using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class WallCatchUpTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task TheWallCatchesUpOnMilestonesLoggedWhileItsConnectionWasCut()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonken = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        var spanning = await http.RegisterTeamAsync(challenge.Id, "Team Spanningsveld", "KTA Gent");
        await http.LogMilestoneAsync(vonken, "Schakelbord getekend");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        var wall = await context.NewPageAsync();
        var cut = false;
        var sockets = new List<IWebSocketRoute>();
        await wall.RouteWebSocketAsync("**/hubs/challenge**", socket =>
        {
            socket.ConnectToServer();
            sockets.Add(socket);
        });
        await wall.RouteAsync("**/hubs/challenge/negotiate**", route => cut ? route.AbortAsync("internetdisconnected") : route.ContinueAsync());

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}");
        var banner = wall.GetByRole(AriaRole.Status);
        await Expect(banner).ToHaveTextAsync("Live");
        await Expect(wall.Locator("#milestones-logged")).ToHaveTextAsync("1");

        cut = true;
        await sockets[^1].CloseAsync();
        await Expect(banner).ToContainTextAsync("Offline sinds");
        await http.LogMilestoneAsync(vonken, "Motor aangesloten");
        await http.LogMilestoneAsync(spanning, "Eerste rit gereden");
        cut = false;

        await Expect(banner).ToHaveTextAsync("Weer bij");
        await Expect(wall.Locator($"[data-team-id='{vonken.Id}'] .latest-milestone-title")).ToHaveTextAsync("Motor aangesloten");
        await Expect(wall.Locator($"[data-team-id='{spanning.Id}'] .latest-milestone-title")).ToHaveTextAsync("Eerste rit gereden");
        await Expect(wall.Locator("#milestones-logged")).ToHaveTextAsync("3");
        var snapshot = await http.GetWallAsync(challenge.Id);
        await Expect(wall.Locator("body")).ToHaveAttributeAsync("data-sequence", snapshot.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await http.LogMilestoneAsync(spanning, "Bocht genomen");
        await Expect(wall.Locator($"[data-team-id='{spanning.Id}'] .latest-milestone-title")).ToHaveTextAsync("Bocht genomen");
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor("wall.png") });
    }

    [Fact]
    public async Task TheSpotlightTakesTeamsInTurnWhateverHowManyMilestonesEachLogged()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var busy = await http.RegisterTeamAsync(challenge.Id, "Bliksemschicht");
        var quiet = await http.RegisterTeamAsync(challenge.Id, "Kalme Kracht");
        foreach (var title in new[] { "Eerste schets", "Tweede schets", "Derde schets" })
        {
            await http.LogMilestoneAsync(busy, title);
        }

        await http.LogMilestoneAsync(quiet, "Proefopstelling klaar");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString() });
        var wall = await context.NewPageAsync();
        // Every turn the strip shows is written down in the page, so a slow test machine cannot miss one.
        await wall.AddInitScriptAsync("""
            window.spotlightTurns = [];
            new MutationObserver(() => {
              const strip = document.querySelector('.spotlight');
              const turn = strip?.dataset.turn;
              if (turn !== undefined && window.spotlightTurns.length === Number(turn)) {
                window.spotlightTurns.push(strip.querySelector('.spotlight-team').textContent);
              }
            }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            """);
        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}&spotlight=1");

        await wall.WaitForFunctionAsync("() => window.spotlightTurns.length >= 4");
        var teams = await wall.EvaluateAsync<string[]>("() => window.spotlightTurns.slice(0, 4)");
        Assert.Equal(["Bliksemschicht", "Kalme Kracht", "Bliksemschicht", "Kalme Kracht"], teams.Select(t => t.Split(" · ")[0]).ToArray());
    }
}
