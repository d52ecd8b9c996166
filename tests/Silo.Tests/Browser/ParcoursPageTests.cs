using ChallengeHub.Silo.Tests.Runs;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class ParcoursPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task APupilRecordsRunsOnTheTabletAndSeesTheTeamsPersonalBestAndImprovement()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Parcoursrijders");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.JoinOnTabletAsync(team.JoinCode, "Mehdi");
        var parcours = page.GetByRole(AriaRole.Region, new() { Name = "Parcours" });
        await Expect(parcours).ToContainTextAsync("Jullie eerste gehaalde rit wordt jullie vertrekpunt");

        await parcours.GetByLabel("Tijd in seconden").FillAsync("20");
        await parcours.GetByLabel("Gehaald", new() { Exact = true }).CheckAsync();
        await parcours.GetByRole(AriaRole.Button, new() { Name = "Rit opslaan" }).ClickAsync();
        await Expect(parcours.Locator(".parcours-best")).ToHaveTextAsync("20,00 s");
        await Expect(parcours).ToContainTextAsync("Dit is jullie vertrekpunt");

        await parcours.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).ClickAsync();
        await parcours.GetByRole(AriaRole.Button, new() { Name = "Stop", Exact = true }).ClickAsync();
        await Expect(parcours.GetByLabel("Tijd in seconden")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d+,\d\d$"));
        await parcours.GetByLabel("Tijd in seconden").FillAsync("17,5");
        await parcours.GetByLabel("Gehaald", new() { Exact = true }).CheckAsync();
        await parcours.GetByLabel("Notitie (mag leeg blijven)").FillAsync("Lichtere batterijhouder");
        await parcours.GetByRole(AriaRole.Button, new() { Name = "Rit opslaan" }).ClickAsync();

        await Expect(parcours.Locator(".parcours-best")).ToHaveTextAsync("17,50 s");
        await Expect(parcours.Locator(".parcours-progress")).ToHaveTextAsync("2,50 s sneller dan jullie eerste rit (12,5 % sneller). Knap werk!");
        await Expect(parcours.Locator(".run-item")).ToHaveCountAsync(2);
        await Expect(parcours.Locator(".run-item").First).ToContainTextAsync("Lichtere batterijhouder");
        var stored = await http.GetRunsAsync(team);
        Assert.Equal([17_500, 20_000], stored.Runs.Select(r => r.DurationMs));
    }

    [Fact]
    public async Task TheTabletPageOfAConstructionChallengeHasNoParcours()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync("construction");
        var team = await http.RegisterTeamAsync(challenge.Id, "De Metselaars");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.JoinOnTabletAsync(team.JoinCode, "Jonas");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijlpaal loggen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Parcours" })).ToHaveCountAsync(0);
    }
}
