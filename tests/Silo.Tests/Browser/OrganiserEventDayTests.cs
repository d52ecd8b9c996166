using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Kits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The organiser's day on a 1280×720 laptop: invites with their state, a careful start, and the kit page and back.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class OrganiserEventDayTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task InvitesAreListedWithTheirStateAndCanBeWithdrawnOrSentAgain()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await using var context = await OrganiserContextAsync();
        var page = await OrganiserPageAsync(context, challenge.Id);
        var invites = page.Locator("#uitnodigingen");

        await invites.GetByLabel("Wie nodig je uit?").SelectOptionAsync("juror");
        await invites.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging maken" }).ClickAsync();
        await Expect(invites.Locator(".invite-state")).ToHaveTextAsync(["Verstuurd"]);
        await invites.GetByLabel("Wie nodig je uit?").SelectOptionAsync("coach");
        await invites.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging maken" }).ClickAsync();
        await Expect(invites.Locator(".invite-state")).ToHaveTextAsync(["Verstuurd", "Verstuurd"]);
        await invites.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("jurylid .* intrekken") }).ClickAsync();
        await Expect(invites.Locator(".invite-state")).ToHaveTextAsync(["Verstuurd", "Ingetrokken"]);
        await invites.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("coach .* opnieuw versturen") }).ClickAsync();

        await Expect(invites.Locator(".invite-state")).ToHaveTextAsync(["Verstuurd", "Ingetrokken", "Ingetrokken"]);
        await Expect(invites.GetByRole(AriaRole.Status).Filter(new() { HasText = "de vorige link werkt niet meer" })).ToBeVisibleAsync();
        var listed = await http.GetFromJsonAsync<InviteStatus[]>($"/api/challenges/{challenge.Id}/invites", ApiClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal([(Role.Coach, InviteProgress.Sent), (Role.Coach, InviteProgress.Withdrawn), (Role.Juror, InviteProgress.Withdrawn)], listed!.Select(s => (s.Invite.Role, s.State)));
        await invites.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("organiser-invites-1280x720.png") });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/organiser.html with invites listed");
    }

    [Fact]
    public async Task StartingWithoutTeamsAsksForConfirmationAndTheKitPageIsOneClickAwayAndAcceptsAmountsWithAComma()
    {
        using var http = silo.CreateClient();
        using (var created = await http.PostAsJsonAsync("/api/challenges", new { title = $"Challenge {Guid.NewGuid():N}", sector = "electro" }, ApiClient.Json, TestContext.Current.CancellationToken))
        {
            created.EnsureSuccessStatusCode();
            var draft = (await created.Content.ReadFromJsonAsync<ChallengeDetails>(ApiClient.Json, TestContext.Current.CancellationToken))!;
            await http.AdvanceAsync(draft.Id, "open");
            await using var context = await OrganiserContextAsync();
            var page = await OrganiserPageAsync(context, draft.Id);

            await page.GetByRole(AriaRole.Button, new() { Name = "Starten", Exact = true }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync("Starten zonder teams?");
            await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("organiser-start-without-teams-1280x720.png") });
            await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/organiser.html asking to start without teams");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();
            Assert.Equal(ChallengeStatus.Open, (await http.GetFromJsonAsync<ChallengeDetails>($"/api/challenges/{draft.Id}", ApiClient.Json, TestContext.Current.CancellationToken))!.Status);

            await page.GetByRole(AriaRole.Link, new() { Name = "Kits en materiaal" }).ClickAsync();
            await page.GetByLabel("Onderdeelnummer, rij 1").FillAsync("ACCU-12");
            await page.GetByLabel("Omschrijving, rij 1").FillAsync("Oplaadbare accu 12 V");
            await page.GetByLabel("Waarde per stuk in euro, rij 1").FillAsync("24,00");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sjabloon bewaren" }).ClickAsync();
            await Expect(page.GetByText("Bewaard (versie 1).")).ToBeVisibleAsync();
            var template = await http.GetFromJsonAsync<KitTemplate>($"/api/challenges/{draft.Id}/kit-template", ApiClient.Json, TestContext.Current.CancellationToken);
            Assert.Equal(2400, Assert.Single(template!.Items).UnitValueCents);
            await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("organiser-kits-1280x720.png"), FullPage = true });
            await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/kits.html with a value typed with a comma");
            await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de organisatie van de challenge" }).ClickAsync();
            await Expect(page.Locator("#uitnodigingen")).ToBeVisibleAsync();
        }
    }

    private async Task<IBrowserContext> OrganiserContextAsync()
    {
        var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.SignInAsOrganiserAsync();
        return context;
    }

    private static async Task<IPage> OrganiserPageAsync(IBrowserContext context, Guid challengeId)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/organiser.html?challenge={challengeId}");
        return page;
    }
}
