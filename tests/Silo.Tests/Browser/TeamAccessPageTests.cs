using System.Net;
using ChallengeHub.Silo.Tests.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The coach's roster, approvals and lifted pauses, and the sign-in page's passphrase rules and return address, in Chromium.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class TeamAccessPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task ACoachEntersTheRosterApprovesANewNicknameAndLiftsAPauseOnTheCoachPage()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.SignInAsCoachAsync(http, challenge.Id);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/coach.html");
        await page.GetByLabel("Teamnaam").FillAsync("De Vonkenmakers");
        await page.GetByLabel("School").FillAsync("VTI Brugge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Team inschrijven" }).ClickAsync();
        var card = page.Locator(".coach-team");
        var joinCode = (await card.Locator(".join-code").TextContentAsync())!;

        await card.GetByLabel("Klaslijst: één bijnaam per regel").FillAsync("Noor\nSem\nGust");
        await card.GetByRole(AriaRole.Button, new() { Name = "Klaslijst bewaren" }).ClickAsync();
        await Expect(card.Locator(".team-access").GetByRole(AriaRole.Status)).ToHaveTextAsync("Klaslijst bewaard.");
        await card.Locator(".roster-consent li").Filter(new() { HasText = "Sem" }).GetByLabel("Bijnaam op de muur").CheckAsync();
        await Expect(card.Locator(".team-access").GetByRole(AriaRole.Status)).ToHaveTextAsync("Toestemming voor Sem bewaard.");
        using (var gust = await Session.PupilAsync(silo.BaseAddress, new(Guid.Empty, challenge.Id, "", "", joinCode), "Gust"))
        {
            foreach (var tablet in new[] { Session.NewClientAddress(), Session.NewClientAddress() })
            {
                using var sender = Session.Anonymous(silo.BaseAddress, tablet);
                for (var attempt = 0; attempt < 5; attempt++)
                {
                    using var wrong = await sender.PostSignInAsync("/api/session/pupil", new { joinCode, nickname = "Gust", pin = "0000" });
                }
            }
        }

        using var zoe = Session.Anonymous(silo.BaseAddress);
        using (var waiting = await zoe.PostSignInAsync("/api/session/pupil", new { joinCode, nickname = "Zoë", pin = "4321" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, waiting.StatusCode);
        }

        await page.ReloadAsync();
        await Expect(card.Locator(".access-locks")).ToContainTextAsync("Gust — op pauze tot");
        await Expect(card.Locator(".access-pending")).ToContainTextAsync("Zoë");
        await card.Locator(".team-access").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("coach-access-1280x720.png") });
        await page.SetViewportSizeAsync(820, 1180);
        await card.Locator(".team-access").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("coach-access-820x1180.png") });

        await card.GetByRole(AriaRole.Button, new() { Name = "Pauze van Gust opheffen" }).ClickAsync();
        await Expect(card.Locator(".team-access").GetByRole(AriaRole.Status)).ToHaveTextAsync("Gust kan meteen opnieuw aanmelden.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Zoë toelaten" }).ClickAsync();
        await Expect(card.Locator(".team-access").GetByRole(AriaRole.Status)).ToHaveTextAsync("Zoë hoort nu bij het team en meldt zich aan met de eigen PIN.");
        using var gustAgain = await Session.PupilAsync(silo.BaseAddress, new(Guid.Empty, challenge.Id, "", "", joinCode), "Gust", from: Session.NewClientAddress());
        using var zoeSignedIn = await zoe.PostSignInAsync("/api/session/pupil", new { joinCode, nickname = "Zoë", pin = "4321" });
        Assert.Equal(HttpStatusCode.OK, zoeSignedIn.StatusCode);
    }

    [Fact]
    public async Task TheSignInPageExplainsWhyAPassphraseIsRefused()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var code = await http.InviteAsync(challenge.Id, "juror");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/signin.html?invite={code}");
        await Expect(page.Locator("form")).ToContainTextAsync("We weigeren wat als eerste geraden wordt");
        await page.GetByLabel("Jouw naam").FillAsync($"Jurylid {Guid.NewGuid():N}"[..20]);
        await page.GetByLabel("Wachtwoordzin", new() { Exact = true }).FillAsync("wachtwoord123");
        await page.GetByLabel("Herhaal je wachtwoordzin").FillAsync("wachtwoord123");
        await page.Locator("form button[type=submit]").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kies een andere wachtwoordzin");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("signin-passphrase-390x844.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("%2F%5C%5Cevil.example")]
    public async Task SigningInWithAReturnAddressOfAnotherSiteStaysOnChallengeHub(string returnTo)
    {
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/signin.html?return={returnTo}");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(SiloHost.OrganiserName);
        await page.GetByLabel("Wachtwoordzin", new() { Exact = true }).FillAsync(SiloHost.Passphrase);
        await page.Locator("form button[type=submit]").ClickAsync();

        await page.WaitForURLAsync(url => !url.Contains("signin.html", StringComparison.Ordinal));
        Assert.StartsWith(silo.BaseAddress.GetLeftPart(UriPartial.Authority), page.Url, StringComparison.Ordinal);
    }
}
