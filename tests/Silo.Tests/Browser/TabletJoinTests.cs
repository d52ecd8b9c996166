using System.Net.Http.Json;
using ChallengeHub.Grains.Milestones;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class TabletJoinTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task APupilJoinsWithTheJoinCodeLogsAMilestoneAndSignsOutWithOneTap()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 768, Height = 1024 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/tablet.html");
        await Expect(page.GetByText("Kies een bijnaam, geen achternaam.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("PIN", new() { Exact = true })).ToHaveAttributeAsync("inputmode", "numeric");
        await page.JoinOnTabletAsync(team.JoinCode.ToLowerInvariant(), "Noor", "4821");
        await Expect(page.Locator(".team-bar")).ToContainTextAsync("De Vonkenmakers");
        await Expect(page.Locator(".team-bar")).ToContainTextAsync("Aangemeld als Noor");
        await Expect(page.GetByText("Ander team kiezen")).ToHaveCountAsync(0);
        await page.GetByLabel("Wat hebben jullie gedaan?").FillAsync("Eerste schakeling gesoldeerd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
        await Expect(page.GetByText("Opgeslagen!")).ToBeVisibleAsync();
        var milestones = await http.GetFromJsonAsync<Milestone[]>(
            $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", ApiClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal("Eerste schakeling gesoldeerd", Assert.Single(milestones!).Title);

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden op de tablet" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je bent afgemeld. Tot de volgende keer!");
        var session = await (await context.APIRequest.GetAsync("/api/session")).JsonAsync();
        Assert.False(session!.Value.GetProperty("signedIn").GetBoolean());
    }

    [Fact]
    public async Task AWrongPinIsRefusedInDutchAndTheFormStays()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Team Spanningsveld");
        using var earlier = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte", "1234");
        var page = await browser.NewPageAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });

        await page.SubmitJoinFormAsync(team.JoinCode, "Lotte", "9999");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "Die PIN hoort niet bij deze bijnaam. Probeer opnieuw, of vraag je coach om samen een nieuwe PIN te kiezen.");
        await Expect(page.GetByLabel("PIN", new() { Exact = true })).ToBeFocusedAsync();
        Assert.EndsWith("/tablet.html", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task ANicknameThatLooksLikeATeammatesIsRefusedForThatReasonAndPointsAtTheNickname()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Gelijkenis");
        using var earlier = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte", "1234");
        var page = await browser.NewPageAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        try
        {
            await page.SubmitJoinFormAsync(team.JoinCode, "L0TTE", "5678");

            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
                "Die bijnaam lijkt te veel op die van een teamgenoot. Kies er een die niemand met een andere kan verwarren.");
            await Expect(page.GetByLabel("Bijnaam")).ToHaveAttributeAsync("aria-invalid", "true");
            await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("tablet-join-look-alike-390x844.png"), FullPage = true });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task AnUnknownJoinCodeIsPointedOutInTheTabletsLanguage()
    {
        var page = await browser.NewPageAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        try
        {
            await page.SubmitJoinFormAsync("ZZZZZZ", "Noor", "5678");

            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
                "Die koppelcode kennen we niet. Vraag ze na bij je coach: letters en cijfers, zonder spaties.");
            await Expect(page.GetByLabel("Koppelcode van je team")).ToHaveAttributeAsync("aria-invalid", "true");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task ATabletLeftUntouchedForTwentyMinutesSignsThePupilOutAndSaysWhy()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Metselaars");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.JoinOnTabletAsync(team.JoinCode, "Jonas");

        await page.Clock.FastForwardAsync("19:00");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijlpaal loggen" })).ToBeVisibleAsync();
        var stillSignedIn = await (await context.APIRequest.GetAsync("/api/session")).JsonAsync();
        Assert.True(stillSignedIn!.Value.GetProperty("signedIn").GetBoolean());
        await page.Clock.FastForwardAsync("01:30");

        await Expect(page.Locator(".join-reason")).ToContainTextAsync("Je bent automatisch afgemeld: de tablet werd 20 minuten niet gebruikt.");
        var session = await (await context.APIRequest.GetAsync("/api/session")).JsonAsync();
        Assert.False(session!.Value.GetProperty("signedIn").GetBoolean());
    }
}
