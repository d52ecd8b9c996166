using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class SignInPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task ACoachInvitedOnTheOrganiserPageOpensTheLinkCreatesTheAccountAndLandsSignedIn()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await using var organiserContext = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        await organiserContext.SignInAsOrganiserAsync();
        var organiser = await organiserContext.NewPageAsync();

        await organiser.GotoAsync($"/organiser.html?challenge={challenge.Id}#uitnodigingen");
        var invites = organiser.Locator("#uitnodigingen");
        await invites.GetByLabel("Wie nodig je uit?").SelectOptionAsync("coach");
        await invites.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging maken" }).ClickAsync();
        var invite = invites.Locator(".invite");
        await Expect(invite).ToContainTextAsync("Geldig tot");
        await Expect(invite.GetByRole(AriaRole.Img, new() { Name = "QR-code met de uitnodigingslink voor een coach" })).ToBeVisibleAsync();
        await Expect(invite.GetByRole(AriaRole.Button, new() { Name = "Link kopiëren" })).ToBeVisibleAsync();
        var link = await invite.GetByLabel("Link").InputValueAsync();
        Assert.StartsWith($"{silo.BaseAddress}signin.html?invite=", link, StringComparison.Ordinal);

        await using var coachContext = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var coach = await coachContext.NewPageAsync();
        await coach.GotoAsync(link);
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Je bent uitgenodigd als coach voor {challenge.Title}");
        await coach.GetByLabel("Jouw naam").FillAsync("Mevrouw Claes");
        await coach.GetByLabel("Wachtwoordzin", new() { Exact = true }).FillAsync("vonken vliegen overal");
        await coach.GetByLabel("Herhaal je wachtwoordzin").FillAsync("vonken vliegen overal");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();

        await coach.WaitForURLAsync("**/coach.html");
        await Expect(coach.Locator(".site-account")).ToContainTextAsync("Aangemeld als Mevrouw Claes (coach)");
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Name = challenge.Title })).ToBeVisibleAsync();
        var session = await (await coachContext.APIRequest.GetAsync("/api/session")).JsonAsync();
        Assert.Equal("coach", session!.Value.GetProperty("role").GetString());
        Assert.Equal([challenge.Id], session.Value.GetProperty("challengeIds").EnumerateArray().Select(id => id.GetGuid()));
    }

    [Fact]
    public async Task AStaffPageSendsSomeoneNotSignedInToSignInAndThenBack()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/organiser.html?challenge={challenge.Id}");

        // Waiting for the form rather than for a navigation event: the redirect may happen before a wait could start.
        await Expect(page.GetByLabel("Naam")).ToBeVisibleAsync();
        Assert.Contains("/signin.html?return=", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Naam").FillAsync(SiloHost.OrganiserName);
        await page.GetByLabel("Wachtwoordzin").FillAsync("not the passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Die naam en wachtwoordzin horen niet bij elkaar. Kijk ze even na en probeer het opnieuw.");
        await page.GetByLabel("Wachtwoordzin").FillAsync(SiloHost.Passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = challenge.Title, Level = 1 })).ToBeVisibleAsync();
        Assert.Contains($"/organiser.html?challenge={challenge.Id}", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator(".site-account")).ToContainTextAsync($"Aangemeld als {SiloHost.OrganiserName}");
    }
}
