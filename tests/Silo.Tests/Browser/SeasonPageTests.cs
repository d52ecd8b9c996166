using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ChallengeHub.Grains.Seasons;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>
/// The organiser runs a season from the browser on a 1280×720 laptop: two semi-final venues, teams sent there by school
/// and by hand, and a final for the teams invited with a reason; each venue's wall and the season's wall on a TV.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class SeasonPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task TheOrganiserPlansRoundsAndVenuesSendsTeamsThereAndInvitesTeamsToTheFinalWithAReason()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await http.RegisterTeamAsync(challenge.Id, "De Vonk", "VTI Brugge");
        await http.RegisterTeamAsync(challenge.Id, "Ampère", "VTI Brugge");
        await http.RegisterTeamAsync(challenge.Id, "Zonnekracht", "GO! Atheneum Gent");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/organiser.html?challenge={challenge.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Seizoen: rondes en locaties" }).ClickAsync();

        await AddRoundAsync(page, "Provinciale halve finales");
        var semiFinals = page.Locator(".season-round").Nth(0);
        await AddVenueAsync(semiFinals, "Provinciehuis Gent", "2027-04-23", "Woodrow Wilsonplein 2, Gent");
        await AddVenueAsync(semiFinals, "PXL Hasselt", "2027-04-16", "Elfde-Liniestraat 24, Hasselt");
        var gent = semiFinals.GetByRole(AriaRole.Article, new() { Name = "Provinciehuis Gent" });
        await gent.GetByLabel("Of alle teams van een school").SelectOptionAsync("VTI Brugge");
        await gent.GetByRole(AriaRole.Button, new() { Name = "School hierheen sturen" }).ClickAsync();
        await Expect(gent.Locator(".venue-teams li")).ToHaveTextAsync(["Ampère", "De Vonk"]);
        var hasselt = semiFinals.GetByRole(AriaRole.Article, new() { Name = "PXL Hasselt" });
        await hasselt.GetByLabel("Zonnekracht").CheckAsync();
        await hasselt.GetByRole(AriaRole.Button, new() { Name = "Gekozen teams hierheen sturen" }).ClickAsync();
        await Expect(hasselt.Locator(".venue-teams li")).ToHaveTextAsync(["Zonnekracht"]);

        await AddRoundAsync(page, "Finale");
        var final = page.Locator(".season-round").Nth(1);
        await AddVenueAsync(final, "Technopolis Mechelen", "2027-05-20", "Technologielaan, Mechelen");
        await Expect(final.GetByText("Leg eerst vast welke teams uitgenodigd zijn")).ToBeVisibleAsync();
        await final.Locator(".invitation-form").GetByLabel("De Vonk").CheckAsync();
        await final.Locator(".invitation-form").GetByLabel("Zonnekracht").CheckAsync();
        await final.GetByLabel("Reden").FillAsync("Elk team met een werkend ontwerp");
        await final.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging vastleggen" }).ClickAsync();

        await Expect(final.Locator(".invitation-decision")).ToContainTextAsync("Uitgenodigd: De Vonk, Zonnekracht. Reden: Elk team met een werkend ontwerp");
        await Expect(final.Locator(".venue-teams li")).ToHaveTextAsync(["De Vonk", "Zonnekracht"]);
        var stored = await http.GetFromJsonAsync<SeasonDetails>($"/api/challenges/{challenge.Id}/season/plan", ApiClient.Json, cancellationToken);
        Assert.Equal(["PXL Hasselt", "Provinciehuis Gent"], stored!.Rounds[0].Venues.Select(v => v.Name));
        Assert.Equal("Elk team met een werkend ontwerp", stored.Rounds[1].Invitation!.Reason);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("season-organiser-1280x720.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/season.html with two rounds and an invitation");
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1280, 720)]
    public async Task AVenuesWallShowsItsTeamsByNameAndTheSeasonsWallGroupsEveryTeamByVenue(int width, int height)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        var zon = await http.RegisterTeamAsync(challenge.Id, "Zonnekracht");
        await http.RegisterTeamAsync(challenge.Id, "Bouwers");
        var round = (await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds", new { name = "Halve finales" })).Rounds[0];
        await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds/{round.Id}/venues", new { name = "Provinciehuis Gent", date = "2027-04-23", address = "Woodrow Wilsonplein 2, Gent" });
        var venues = (await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds/{round.Id}/venues", new { name = "PXL Hasselt", date = "2027-04-16", address = "Elfde-Liniestraat 24, Hasselt" })).Rounds[0].Venues;
        await SendAsync(http, HttpMethod.Put, $"/api/challenges/{challenge.Id}/season/venues/{venues[1].Id}/teams", new { teamIds = new[] { zon.Id, vonk.Id } });
        await SendAsync(http, HttpMethod.Put, $"/api/challenges/{challenge.Id}/season/venues/{venues[0].Id}/teams", new { teamIds = new[] { ampere.Id } });
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var wall = await context.NewPageAsync();

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}&venue={venues[1].Id}");

        await Expect(wall.Locator("#wall-venue")).ToContainTextAsync("Provinciehuis Gent");
        await Expect(wall.Locator(".team-card .team-name")).ToHaveTextAsync(["De Vonk", "Zonnekracht"]);
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor($"season-venue-wall-{width}x{height}.png") });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(wall, "/wall.html of one venue");

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}&season=1");

        await Expect(wall.Locator(".team-card .team-name")).ToHaveTextAsync(["Ampère", "De Vonk", "Zonnekracht", "Bouwers"]);
        await Expect(wall.Locator(".team-card .team-venue")).ToHaveTextAsync(["PXL Hasselt", "Provinciehuis Gent", "Provinciehuis Gent", "Nog geen locatie"]);
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor($"season-wall-{width}x{height}.png") });
    }

    private static async Task<SeasonDetails> SendAsync(HttpClient http, HttpMethod method, string path, object body)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ApiClient.Json) }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SeasonDetails>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }

    private static async Task AddRoundAsync(IPage page, string name)
    {
        var form = page.Locator("form", new() { HasText = "Een ronde toevoegen" });
        await form.GetByLabel("Naam van de ronde").FillAsync(name);
        await form.GetByRole(AriaRole.Button, new() { Name = "Ronde toevoegen" }).ClickAsync();
        await Expect(page.Locator(".season-round h2", new() { HasTextRegex = new Regex($": {Regex.Escape(name)}$") })).ToBeVisibleAsync();
    }

    private static async Task AddVenueAsync(ILocator round, string name, string date, string address)
    {
        var form = round.Locator(".venue-form");
        await form.GetByLabel("Locatie", new() { Exact = true }).FillAsync(name);
        await form.GetByLabel("Datum").FillAsync(date);
        await form.GetByLabel("Adres").FillAsync(address);
        await form.GetByRole(AriaRole.Button, new() { Name = "Locatie toevoegen" }).ClickAsync();
        await Expect(round.Locator(".venue-card h3", new() { HasText = name })).ToBeVisibleAsync();
    }
}
