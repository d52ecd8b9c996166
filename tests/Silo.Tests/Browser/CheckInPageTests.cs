using System.Net.Http.Json;
using ChallengeHub.Silo.Tests.Voice;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>
/// The pupils' anonymous check-in on the tablet (consent first, every question skippable) and its part of the impact page,
/// where the share agreeing at the start and at the end stands as a chart with its table.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class CheckInPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task APupilConsentsAnswersSkipsAQuestionAndGoesOnToTheirTeam()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        using (var on = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/check-in", new { on = true }, ApiClient.Json, cancellationToken))
        {
            on.EnsureSuccessStatusCode();
        }

        var team = await http.RegisterTeamAsync(challenge.Id, "De Stroomdraad");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 820, Height = 1180 } });
        var page = await context.NewPageAsync();

        await page.SubmitJoinFormAsync(team.JoinCode, "Amira", "4821");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Even inchecken" })).ToBeFocusedAsync();
        await Expect(page.GetByText("niemand ziet jouw antwoorden")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("check-in-consent-820x1180.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ik doe mee" }).ClickAsync();

        var strengths = page.GetByRole(AriaRole.Group, new() { Name = "Ik weet waar ik goed in ben in deze richting" });
        await strengths.GetByLabel("eerder wel").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Ik zie mezelf later in deze sector werken" }).GetByLabel("helemaal wel").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Ik wil meer leren in deze richting" }).GetByLabel("eerder niet").CheckAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "the check-in on /tablet.html");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("check-in-questions-820x1180.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("check-in-questions-390x844.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Klaar, versturen" }).ClickAsync();

        await Expect(page.GetByText("Bedankt! Je antwoorden tellen mee, zonder je naam.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder naar je team" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijlpaal loggen" })).ToBeVisibleAsync();

        // Asked once: signing in again goes straight to the team.
        var mine = await (await context.APIRequest.GetAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/check-in/mine")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, mine!.Value.GetProperty("due").ValueKind);
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijlpaal loggen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Even inchecken" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheImpactPageShowsThePupilsVoiceAsBeforeAndAfterBarsWithTheirTable()
    {
        using var http = silo.CreateClient();
        var (challengeId, _, pupils) = await CheckInApiTests.AnsweredSeasonAsync(silo, http);
        foreach (var (client, _) in pupils)
        {
            client.Dispose();
        }

        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        await context.SignInAsInvitedAsync(http, challengeId, "funder");
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/impact.html?challenge={challengeId}");

        var section = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "De stem van de leerlingen" }) });
        await Expect(section.GetByText("Antwoorden bij de start: 12; op het einde: 12.")).ToBeVisibleAsync();
        await Expect(section.GetByRole(AriaRole.Img, new() { Name = "Deel akkoord bij de start en op het einde, per vraag" })).ToBeVisibleAsync();
        var row = section.Locator("tr").Filter(new() { HasText = "Ik weet waar ik goed in ben" });
        await Expect(row.Locator("td")).ToHaveTextAsync(["25 %", "75 %", "+50 procentpunt"]);
        var skipped = section.Locator("tr").Filter(new() { HasText = "Ik zie mezelf later" });
        await Expect(skipped.Locator("td")).ToHaveTextAsync(["minder dan 10", "minder dan 10", "minder dan 10"]);
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/impact.html with the pupils' voice");
        await section.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("impact-voice-1920x1080.png"), FullPage = true });
        await page.SetViewportSizeAsync(820, 1180);
        await section.ScreenshotAsync(new() { Path = Artifacts.PathFor("impact-voice-820x1180.png") });
    }

    [Fact]
    public async Task TheOrganiserSwitchesTheCheckInOnAndACoachSwitchesItOffForTheirTeam()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await using var organiser = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await organiser.SignInAsOrganiserAsync();
        var page = await organiser.NewPageAsync();

        await page.GotoAsync($"/organiser.html?challenge={challenge.Id}");
        var section = page.GetByRole(AriaRole.Region, new() { Name = "Stem van de leerlingen" });
        var box = section.GetByLabel("Check-in aanzetten voor deze challenge");
        await Expect(box).Not.ToBeCheckedAsync();
        await Expect(box).ToBeEnabledAsync();
        await box.CheckAsync();
        await Expect(section.GetByRole(AriaRole.Status)).ToHaveTextAsync("Bewaard.");

        await using var coachContext = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await coachContext.SignInAsCoachAsync(http, challenge.Id);
        var coach = await coachContext.NewPageAsync();
        await coach.GotoAsync("/coach.html");
        await coach.GetByLabel("Teamnaam").FillAsync("De Zekeringen");
        await coach.GetByLabel("School").FillAsync("VTI Brugge");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Team inschrijven" }).ClickAsync();
        var teamSwitch = coach.Locator(".coach-team").GetByLabel("Anonieme check-in voor dit team");
        await Expect(teamSwitch).ToBeCheckedAsync();
        await teamSwitch.UncheckAsync();
        await Expect(coach.Locator(".team-check-in").GetByRole(AriaRole.Status)).ToHaveTextAsync("Bewaard.");
        await coach.ScreenshotAsync(new() { Path = Artifacts.PathFor("check-in-coach-switch-1280x720.png"), FullPage = true });

        var teamId = await coach.Locator(".coach-team").GetAttributeAsync("data-team-id");
        var stand = await http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/challenges/{challenge.Id}/teams/{teamId}/check-in", cancellationToken);
        Assert.Equal((true, false), (stand.GetProperty("challengeOn").GetBoolean(), stand.GetProperty("teamOn").GetBoolean()));
    }
}
