using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>axe-core on every page of ChallengeHub, in the state its users see it: no serious or critical violation.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class AccessibilityTests(SiloFixture silo, BrowserFixture browser)
{
    private static readonly string AxePath = Path.Combine(AppContext.BaseDirectory, "axe.min.js");

    [Fact]
    public async Task EveryPageHasNoSeriousOrCriticalAccessibilityViolation()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        await ShowcasePageTests.LogConsentedMilestoneAsync(http, team, "Motorsturing getest");
        var options = new BrowserNewContextOptions { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } };
        await using var anonymous = await browser.NewContextAsync(options);
        await using var organiser = await browser.NewContextAsync(options);
        await using var employer = await browser.NewContextAsync(options);
        await using var pupil = await browser.NewContextAsync(options);
        await using var juror = await browser.NewContextAsync(options);
        await using var funder = await browser.NewContextAsync(options);
        await using var coach = await browser.NewContextAsync(options);
        await organiser.SignInAsOrganiserAsync();
        await employer.SignInAsInvitedAsync(http, challenge.Id, "employer");
        await juror.SignInAsJurorAsync(http, challenge.Id);
        await funder.SignInAsInvitedAsync(http, challenge.Id, "funder");
        await coach.SignInAsCoachAsync(http, challenge.Id);

        // Two levels three apart put the team on the organiser's calibration list, so that its state is checked too.
        await http.AwardBadgeAsync(team, "bedraden", 4);
        await http.AwardBadgeAsync(team, "bedraden", 1);
        var checkedPages = new List<string>();

        async Task CheckAsync(IBrowserContext context, string address, string readyWhen)
        {
            var page = await context.NewPageAsync();
            try
            {
                await page.GotoAsync(address);
                await Expect(page.Locator(readyWhen).First).ToBeVisibleAsync();
                await Expect(page.Locator(".loading")).ToHaveCountAsync(0);
                await AssertNoSeriousViolationsAsync(page, address);
                checkedPages.Add(address);
            }
            finally
            {
                await page.CloseAsync();
            }
        }

        var query = $"?challenge={challenge.Id}";
        await CheckAsync(anonymous, "/", ".challenge-list, #challenges a");
        await CheckAsync(anonymous, "/signin.html", "form");
        await CheckAsync(anonymous, "/tablet.html", ".join-form");
        await CheckAsync(anonymous, $"/wall.html{query}", ".team-card");
        await CheckAsync(organiser, $"/organiser.html{query}", ".calibration-item");
        await CheckAsync(juror, $"/juror.html{query}", ".juror-team");
        await CheckAsync(organiser, $"/coach.html{query}", ".coach-team");
        await CheckAsync(organiser, $"/kits.html{query}", "h1");
        await CheckAsync(organiser, $"/kit.html{query}&team={team.Id}", "h1");
        await CheckAsync(employer, $"/showcase.html{query}", ".showcase-item");
        await CheckAsync(funder, $"/impact.html{query}", ".impact-section");
        await CheckAsync(coach, $"/impact.html{query}&scope=own-school", ".impact-small-groups");
        await CheckAsync(coach, $"/coach.html{query}", ".coach-links a[href*='own-school']");
        var tablet = await pupil.NewPageAsync();
        await tablet.JoinOnTabletAsync(team.JoinCode, "Lotte");
        await AssertNoSeriousViolationsAsync(tablet, "/tablet.html (signed in)");
        checkedPages.Add("/tablet.html (signed in)");
        var lotte = (await http.GetFromJsonAsync<Pupil[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, TestContext.Current.CancellationToken))!.Single(p => p.Nickname == "Lotte");
        var badges = await http.GetFromJsonAsync<Badge[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges", ApiClient.Json, TestContext.Current.CancellationToken);
        using (var attributed = await http.PutAsJsonAsync(
            $"/api/challenges/{challenge.Id}/teams/{team.Id}/badges/{badges![0].Id}/pupils", new { pupilIds = new[] { lotte.Id } }, ApiClient.Json, TestContext.Current.CancellationToken))
        {
            attributed.EnsureSuccessStatusCode();
        }

        await CheckAsync(organiser, $"/coach.html{query}", ".badge-attribution input[type=checkbox]");
        await CheckAsync(pupil, "/my-badges.html", ".my-badges-list a");

        // A venue with a published recognition, so that the season page, the jury's board and the ceremony show their content.
        var venue = await SeasonVenueWithPublishedRecognitionAsync(http, challenge.Id, team.Id);
        await CheckAsync(organiser, $"/season.html{query}", ".venue-card");
        await CheckAsync(juror, $"/board.html{query}&venue={venue}", ".board-team");
        await CheckAsync(anonymous, $"/ceremony.html{query}&venue={venue}", ".ceremony-name");
        await CheckAsync(organiser, $"/venue.html{query}&venue={venue}", ".venue-overview");
        await CheckAsync(organiser, $"/cards.html{query}&venue={venue}", ".join-card");

        // Every page the client builds is checked: a new Vite entry fails here until it is added above.
        Assert.Equal(Repository.ClientPages(), checkedPages.Select(address => address.Split('?', ' ')[0]).Distinct().Order(StringComparer.Ordinal));
    }

    private static async Task<Guid> SeasonVenueWithPublishedRecognitionAsync(HttpClient http, Guid challengeId, Guid teamId)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        async Task<SeasonDetails> SendAsync(HttpMethod method, string path, object body)
        {
            using var response = await http.SendAsync(new HttpRequestMessage(method, $"/api/challenges/{challengeId}/{path}") { Content = JsonContent.Create(body, options: ApiClient.Json) }, cancellationToken);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<SeasonDetails>(ApiClient.Json, cancellationToken))!;
        }

        var round = (await SendAsync(HttpMethod.Post, "season/rounds", new { name = "Halve finales" })).Rounds[0];
        var venue = (await SendAsync(HttpMethod.Post, $"season/rounds/{round.Id}/venues", new { name = "Provinciehuis Gent", date = "2027-04-23", address = "Gent" })).Rounds[0].Venues[0];
        await SendAsync(HttpMethod.Put, $"season/venues/{venue.Id}/teams", new { teamIds = new[] { teamId } });
        (await http.PostAsJsonAsync($"/api/challenges/{challengeId}/season/venues/{venue.Id}/board/recognitions", new { teamId, categoryId = "proces", reason = "Elke stap in het logboek" }, cancellationToken)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/challenges/{challengeId}/season/venues/{venue.Id}/board/publish", new { }, cancellationToken)).EnsureSuccessStatusCode();
        return venue.Id;
    }

    [Fact]
    public async Task TheCheckFailsOnAPageWithAButtonWithoutAName()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<!doctype html><html lang='nl'><head><title>Controle</title></head><body><main><h1>Controle</h1><button type='button'></button></main></body></html>");

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AssertNoSeriousViolationsAsync(page, "control"));

        Assert.Contains("button-name", failure.Message, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    internal static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        Assert.True(File.Exists(AxePath), $"axe.min.js is missing next to the tests ({AxePath}); the Silo build installs the client's packages.");
        // A script tag with axe's text would be an inline script, which the pages' Content-Security-Policy refuses; evaluating it is not.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxePath) + "\n;undefined");
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}`)
            """);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"{what} has {found.Count} serious or critical accessibility violations:\n{string.Join("\n", found)}");
    }
}
