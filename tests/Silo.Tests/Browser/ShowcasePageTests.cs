using System.Net.Http.Json;
using ChallengeHub.Grains.Teams;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class ShowcasePageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task AnEmployerOffersAVisitFromTheShowcaseAndTheCoachSeesItWithoutReloadingAndTheAnswerReachesTheEmployerLive()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var options = new BrowserNewContextOptions { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } };
        await using var coachContext = await browser.NewContextAsync(options);
        await using var employerContext = await browser.NewContextAsync(options);
        var coachName = await coachContext.SignInAsCoachAsync(http, challenge.Id);
        var employerName = await employerContext.SignInAsInvitedAsync(http, challenge.Id, "employer");
        var coach = await coachContext.NewPageAsync();
        await coach.GotoAsync("/coach.html");
        await coach.GetByLabel("Teamnaam").FillAsync("De Vonkenmakers");
        await coach.GetByLabel("School").FillAsync("VTI Brugge");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Team inschrijven" }).ClickAsync();
        var card = coach.Locator(".coach-team");
        await Expect(card.Locator("h3")).ToHaveTextAsync(["De Vonkenmakers"]);
        var team = (await http.GetFromJsonAsync<TeamDetails[]>($"/api/challenges/{challenge.Id}/teams", ApiClient.Json, cancellationToken))!.Single();
        await Expect(card.Locator(".coach-offers")).ToContainTextAsync("Nog geen aanbod voor dit team.");
        await LogConsentedMilestoneAsync(http, team, "Motorsturing getest");

        var employer = await employerContext.NewPageAsync();
        await employer.GotoAsync($"/showcase.html?challenge={challenge.Id}");
        var item = employer.Locator(".showcase-item").Filter(new() { HasText = "Motorsturing getest" });
        await Expect(item).ToContainTextAsync("De Vonkenmakers");
        await Expect(item).ToContainTextAsync("VTI Brugge");
        await Expect(item.Locator(".competence-chip")).ToHaveTextAsync(["Meten en testen"]);
        await item.GetByText("Aanbod doen aan De Vonkenmakers").ClickAsync();
        await item.GetByLabel("Wat bied je aan?").SelectOptionAsync(new SelectOptionValue { Label = "Bedrijfsbezoek" });
        await item.GetByLabel("Bericht aan de coach").FillAsync("Kom gerust ons atelier bekijken.");
        await item.GetByRole(AriaRole.Button, new() { Name = "Aanbod versturen" }).ClickAsync();
        await Expect(item.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je aanbod aan De Vonkenmakers is verstuurd naar de coach.");
        await Expect(employer.Locator(".showcase-offers")).ToContainTextAsync("Wacht op antwoord van de coach");
        await SaveScreenshotAsync(employer, "showcase");
        await LogConsentedMilestoneAsync(http, team, "Lijnvolger afgesteld");
        await Expect(employer.Locator(".showcase-item").Filter(new() { HasText = "Lijnvolger afgesteld" })).ToContainTextAsync("De Vonkenmakers");

        var offer = coach.Locator(".coach-offers .offer-item");
        await Expect(offer).ToContainTextAsync($"Bedrijfsbezoek van {employerName}");
        await Expect(offer).ToContainTextAsync("Kom gerust ons atelier bekijken.");
        await offer.GetByLabel($"Antwoord aan {employerName}").FillAsync("Graag, in de week van 12 mei.");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Aanvaarden" }).ClickAsync();
        await Expect(coach.Locator(".coach-offers").GetByRole(AriaRole.Status)).ToHaveTextAsync("Je antwoord is bewaard en het bedrijf ziet het.");
        await Expect(offer).ToContainTextAsync($"Aanvaard door {coachName}: Graag, in de week van 12 mei.");

        // The employer's page stays open: the coach's answer arrives over the hub, without a reload.
        await Expect(employer.Locator(".showcase-offers")).ToContainTextAsync($"Aanvaard door {coachName}: Graag, in de week van 12 mei.");
        await SaveScreenshotAsync(employer, "showcase-answer-live");
    }

    /// <summary>A pupil who consented to the showcase logs a milestone, as the tablet would.</summary>
    internal static async Task LogConsentedMilestoneAsync(HttpClient organiser, TeamDetails team, string title)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var pupil = await ApiClient.JoinAsPupilAsync(organiser.BaseAddress!, team, "Noor");
        var pupils = await organiser.GetFromJsonAsync<Pupil[]>($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken);
        using var consent = await organiser.PutAsJsonAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils/{pupils!.Single().Id}/consent",
            new { showcase = true, photos = true }, ApiClient.Json, cancellationToken);
        consent.EnsureSuccessStatusCode();
        await pupil.LogMilestoneAsync(team, title, "meten-testen");
    }

    /// <summary>Kept next to the test output for people to look at; not part of the repository.</summary>
    internal static Task SaveScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}.png"), FullPage = true });
}
