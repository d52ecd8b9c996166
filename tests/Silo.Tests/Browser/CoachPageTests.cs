using System.Net.Http.Json;
using ChallengeHub.Grains.Teams;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class CoachPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task ACoachRegistersATeamAndRecordsAPupilsConsentOnTheCoachPage()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await http.RegisterTeamAsync(challenge.Id, "Team van een andere coach");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        var coachName = await context.SignInAsCoachAsync(http, challenge.Id);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/coach.html");
        await page.GetByLabel("Teamnaam").FillAsync("De Vonkenmakers");
        await page.GetByLabel("School").FillAsync("VTI Brugge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Team inschrijven" }).ClickAsync();
        var card = page.Locator(".coach-team");
        await Expect(card.Locator("h3")).ToHaveTextAsync(["De Vonkenmakers"]);
        var joinCode = await card.Locator(".join-code").TextContentAsync();
        var teamId = Guid.Parse((await card.GetAttributeAsync("data-team-id"))!);
        using var pupil = ApiClient.CreateCookieClient(silo.BaseAddress);
        using (var joined = await pupil.SignInAsync("/api/session/pupil", new { joinCode, nickname = "Lotte", pin = "1234" }))
        {
            joined.EnsureSuccessStatusCode();
        }

        await card.GetByRole(AriaRole.Button, new() { Name = "Leerlingen vernieuwen" }).ClickAsync();
        var lotte = card.Locator(".pupil").Filter(new() { HasText = "Lotte" });
        await Expect(lotte).ToContainTextAsync("Nog niets vastgelegd");
        await lotte.GetByLabel("Bijnaam op de muur").CheckAsync();
        await Expect(lotte.GetByRole(AriaRole.Status)).ToHaveTextAsync("Bijnaam op de muur: ja — bewaard voor Lotte.");
        await Expect(lotte).ToContainTextAsync($"door {coachName}");

        var pupils = await http.GetFromJsonAsync<Pupil[]>(
            $"/api/challenges/{challenge.Id}/teams/{teamId}/pupils", ApiClient.Json, TestContext.Current.CancellationToken);
        var consent = Assert.Single(pupils!).Consent;
        Assert.Equal((true, false, false, coachName), (consent.Wall, consent.Showcase, consent.Photos, consent.RecordedBy));
    }
}
