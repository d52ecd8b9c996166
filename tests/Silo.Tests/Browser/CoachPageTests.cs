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

    [Fact]
    public async Task ACoachAttributesABadgeToAPupilWhoThenSeesItAndTheirCodeOnTheirOwnPage()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var options = new BrowserNewContextOptions { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } };
        await using var coachContext = await browser.NewContextAsync(options);
        await using var tabletContext = await browser.NewContextAsync(options);
        await coachContext.SignInAsCoachAsync(http, challenge.Id);
        var page = await coachContext.NewPageAsync();
        await page.GotoAsync("/coach.html");
        await page.GetByLabel("Teamnaam").FillAsync("De Vonkenmakers");
        await page.GetByLabel("School").FillAsync("VTI Brugge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Team inschrijven" }).ClickAsync();
        var card = page.Locator(".coach-team");
        var joinCode = (await card.Locator(".join-code").TextContentAsync())!;
        var team = new TeamDetails(Guid.Parse((await card.GetAttributeAsync("data-team-id"))!), challenge.Id, "De Vonkenmakers", "VTI Brugge", joinCode);
        var tablet = await tabletContext.NewPageAsync();
        await tablet.JoinOnTabletAsync(joinCode, "Lotte");
        var badge = await http.AwardBadgeAsync(team, "bedraden", 3);
        var revoked = await http.AwardBadgeAsync(team, "bedraden", 1);
        using (var revoke = await http.PostAsJsonAsync(
            $"/api/challenges/{challenge.Id}/teams/{team.Id}/badges/{revoked.Id}/revoke", new { reason = "Verkeerd team gekozen." }, ApiClient.Json, TestContext.Current.CancellationToken))
        {
            revoke.EnsureSuccessStatusCode();
        }

        await page.ReloadAsync();
        var standing = page.Locator($".badge-attribution[data-badge-id='{badge.Id}']");
        await Expect(standing).ToContainTextAsync("Nog op naam van niemand.");
        await Expect(page.Locator($".badge-attribution[data-badge-id='{revoked.Id}']")).ToContainTextAsync("Ingetrokken: Verkeerd team gekozen.");
        await Expect(page.Locator($".badge-attribution[data-badge-id='{revoked.Id}'] input")).ToHaveCountAsync(0);
        await Expect(card).ToContainTextAsync("Deze leerlingen krijgen de badge ook op hun naam, zonder dat hun naam in het bewijs staat.");
        await standing.GetByLabel("Lotte").CheckAsync();
        await standing.GetByRole(AriaRole.Button, new() { Name = "Bewaren voor" }).ClickAsync();
        await Expect(standing.GetByRole(AriaRole.Status)).ToContainTextAsync("Bewaard");
        await Expect(standing.Locator(".badge-attributed-to")).ToHaveTextAsync("Op naam van: Lotte");
        await standing.ScreenshotAsync(new() { Path = Artifacts.PathFor("coach-badge-attribution.png") });

        await tablet.GetByRole(AriaRole.Link, new() { Name = "Mijn badges" }).ClickAsync();
        await Expect(tablet.GetByText("Met deze code kan je later tonen dat deze badge van jou is.")).ToBeVisibleAsync();
        var identity = await (await tabletContext.APIRequest.GetAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges/identity")).JsonAsync();
        await Expect(tablet.Locator(".recovery-code")).ToHaveTextAsync(identity!.Value.GetProperty("recoveryCode").GetString()!);
        var links = tablet.Locator(".my-badges-list a.badge-page");
        await Expect(links).ToHaveCountAsync(1);
        Assert.Equal($"/badges/{badge.Id}", await links.GetAttributeAsync("href"));
        var mine = tablet.Locator($".my-badges-list li[data-badge-id='{badge.Id}']");
        Assert.Equal($"/badges/{badge.Id}.json", await mine.Locator("a.badge-download").GetAttributeAsync("href"));
        var linkedData = mine.Locator("a.badge-download-linked-data");
        Assert.Equal($"/badges/{badge.Id}.jsonld", await linkedData.GetAttributeAsync("href"));
        var ldCredential = await tabletContext.APIRequest.GetAsync($"/badges/{badge.Id}.jsonld");
        Assert.Equal(200, ldCredential.Status);
        Assert.Equal("DataIntegrityProof", (await ldCredential.JsonAsync())!.Value.GetProperty("proof")[0].GetProperty("type").GetString());
        await Expect(mine.Locator("img.badge-qr")).ToHaveAttributeAsync("src", $"/badges/{badge.Id}/qr.svg");
        Assert.True(await mine.Locator("img.badge-qr").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The QR code did not load.");
        await mine.GetByLabel("Je naam op het certificaat").FillAsync("Lotte V.");
        var download = await tablet.RunAndWaitForDownloadAsync(() => mine.GetByRole(AriaRole.Button, new() { Name = "Certificaat om af te drukken (pdf)" }).ClickAsync());
        Assert.Equal($"certificate-{badge.Id}.pdf", download.SuggestedFilename);
        await Expect(mine.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je certificaat is klaar.");
        foreach (var (width, height) in new[] { (1920, 1080), (1280, 720), (820, 1180), (390, 844) })
        {
            await tablet.SetViewportSizeAsync(width, height);
            await tablet.ScreenshotAsync(new() { Path = Artifacts.PathFor($"my-badges-{width}x{height}.png"), FullPage = true });
        }
    }
}
