using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class WallPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task AMilestoneLoggedOnTheTabletAppearsOnTheOpenWallWithoutReload()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        await http.RegisterTeamAsync(challenge.Id, "Team Spanningsveld", "KTA Gent");
        await using var wallContext = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString() });
        await using var tabletContext = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        var wall = await wallContext.NewPageAsync();
        var tablet = await tabletContext.NewPageAsync();

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}");
        var card = wall.Locator($"[data-team-id='{team.Id}']");
        await Expect(card).ToContainTextAsync("De Vonkenmakers");
        await Expect(wall.GetByRole(AriaRole.Status)).ToContainTextAsync("Live");
        var loadedAt = await wall.EvaluateAsync<double>("() => performance.timeOrigin");

        await tablet.JoinOnTabletAsync(team.JoinCode, "Noor");
        await tablet.GetByLabel("Wat hebben jullie gedaan?").FillAsync("Motorsturing getest");
        await tablet.GetByLabel("Vertel het verhaal").FillAsync("De motor draait nu in twee richtingen.");
        await tablet.GetByLabel("Meten en testen").CheckAsync();
        await tablet.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
        await Expect(tablet.GetByText("Opgeslagen!")).ToBeVisibleAsync();

        // Noor gave no consent to the wall: her words stay on the tablet, the wall says what the team showed.
        await Expect(card.Locator(".latest-milestone-title")).ToHaveTextAsync("een teamlid liet Meten en testen zien");
        await Expect(card).Not.ToContainTextAsync("Motorsturing");
        Assert.Equal(loadedAt, await wall.EvaluateAsync<double>("() => performance.timeOrigin"));
        var snapshot = await http.GetWallAsync(challenge.Id);
        await Expect(wall.Locator("body")).ToHaveAttributeAsync("data-sequence", snapshot.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheWallShowsEveryTeamInNameOrder()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync("construction");
        foreach (var name in new[] { "Zaag & Zo", "de Timmerploeg", "Ährends Bouwers", "Bouwteam Beta" })
        {
            await http.RegisterTeamAsync(challenge.Id, name);
        }

        var page = await browser.NewPageAsync(new() { BaseURL = silo.BaseAddress.ToString() });
        try
        {
            await page.GotoAsync($"/wall.html?challenge={challenge.Id}");

            var names = page.Locator(".team-card h2");
            await Expect(names).ToHaveTextAsync(["Ährends Bouwers", "Bouwteam Beta", "de Timmerploeg", "Zaag & Zo"]);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
