using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>A hall's wall counts the teams in that hall: a milestone elsewhere leaves its header as it is, one here adds to it.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class VenueWallCountsPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1280, 720)]
    public async Task TheVenueWallsHeaderCountsOnlyItsOwnTeamsAndFollowsThemLive(int width, int height)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var zon = await http.RegisterTeamAsync(challenge.Id, "Zonnekracht");
        var gent = await Seasons.JoinCardsApiTests.VenueWithAsync(http, challenge.Id, vonk.Id);
        await http.LogMilestoneAsync(vonk, "Schakeling getest", "bedraden");
        await http.LogMilestoneAsync(zon, "Paneel gemonteerd", "bedraden");
        await http.LogMilestoneAsync(zon, "Paneel getest", "meten-testen");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, ReducedMotion = ReducedMotion.Reduce });
        var wall = await context.NewPageAsync();

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}&venue={gent.Id}");

        await Expect(wall.GetByRole(AriaRole.Status)).ToHaveTextAsync("Live");
        await Expect(wall.Locator("#milestones-logged")).ToHaveTextAsync("1");
        await Expect(wall.Locator("#competences-today")).ToHaveTextAsync("1");
        await http.LogMilestoneAsync(zon, "Rit gereden", "bedraden");
        await http.LogMilestoneAsync(vonk, "Motor aangesloten", "meten-testen");
        await Expect(wall.Locator($"[data-team-id='{vonk.Id}'] .latest-milestone-title")).ToHaveTextAsync("Motor aangesloten");
        await Expect(wall.Locator("#milestones-logged")).ToHaveTextAsync("2");
        await Expect(wall.Locator("#competences-today")).ToHaveTextAsync("2");
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor($"venue-wall-counts-{width}x{height}.png") });

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}&season=1");

        await Expect(wall.Locator("#milestones-logged")).ToHaveTextAsync("5");
    }
}
