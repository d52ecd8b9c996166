using System.Net.Http.Json;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class OrganiserPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task AnOrganiserSetsUpAnElectroChallengeFromTheTemplateAndRegistersATeam()
    {
        using var http = silo.CreateClient();
        var title = $"Elektro Challenge {Guid.NewGuid():N}";
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/organiser.html");
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Elektro").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Challenge aanmaken" }).ClickAsync();
        var editors = page.Locator(".competence-editor");
        await Expect(editors).ToHaveCountAsync(8);
        var challengeId = Guid.Parse(new Uri(page.Url).Query.Split('=')[1]);

        await Expect(page.GetByText("Deze challenge is nu: In voorbereiding")).ToBeVisibleAsync();
        await editors.Nth(2).GetByLabel("Naam", new() { Exact = true }).FillAsync("Meten, testen en controleren");
        await page.GetByRole(AriaRole.Button, new() { Name = "Competentie toevoegen" }).ClickAsync();
        await Expect(editors).ToHaveCountAsync(9);
        await page.Keyboard.TypeAsync("Energiezuinig ontwerpen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Competentiekader opslaan" }).ClickAsync();
        await Expect(page.GetByText("Competentiekader opgeslagen.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Openen voor inschrijvingen" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ja, openen" }).ClickAsync();
        await Expect(page.GetByText("Deze challenge is nu: Open voor inschrijvingen")).ToBeVisibleAsync();

        await page.GetByLabel("Teamnaam").FillAsync("De Stroomlijners");
        await page.GetByLabel("School").FillAsync("VTI Kortrijk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Team inschrijven" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "De Stroomlijners" });
        await Expect(row).ToBeVisibleAsync();

        var challenge = (await http.GetFromJsonAsync<ChallengeDetails>($"/api/challenges/{challengeId}", ApiClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(title, challenge.Title);
        Assert.Equal(Sector.Electro, challenge.Sector);
        Assert.Equal(ChallengeStatus.Open, challenge.Status);
        Assert.Equal(9, challenge.Competences.Length);
        Assert.Equal("meten-testen", challenge.Competences[2].Id);
        Assert.Equal("Meten, testen en controleren", challenge.Competences[2].Name.Nl);
        Assert.Equal(("energiezuinig-ontwerpen", "Energiezuinig ontwerpen"), (challenge.Competences[8].Id, challenge.Competences[8].Name.Nl));
        Assert.Equal(["Verkent", "Past toe", "Zelfstandig", "Inspireert anderen"], challenge.Competences[8].Levels.Select(l => l.Name.Nl));
        var team = Assert.Single((await http.GetFromJsonAsync<TeamDetails[]>($"/api/challenges/{challengeId}/teams", ApiClient.Json, TestContext.Current.CancellationToken))!);
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = team.JoinCode })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ClosingWithATeamWithoutABadgeNeedsAnOverrideWithAReason()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var recognised = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        await http.RegisterTeamAsync(challenge.Id, "Team Spanningsveld", "KTA Gent");
        await http.AwardBadgeAsync(recognised, "veilig-werken", 2);
        await http.AdvanceAsync(challenge.Id, "showcase");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString() });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/organiser.html?challenge={challenge.Id}");
        var closing = page.Locator("#afsluiten");
        await Expect(closing.GetByText("Deze teams kregen nog geen badge — vraag een jurylid om langs te gaan")).ToBeVisibleAsync();
        await Expect(closing.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Team Spanningsveld — KTA Gent"]);

        await closing.GetByRole(AriaRole.Button, new() { Name = "Challenge afsluiten" }).ClickAsync();
        await Expect(closing.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nog niet elk team kreeg een badge: Team Spanningsveld");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await closing.GetByLabel("Ik sluit af, ook al kreeg niet elk team een badge").CheckAsync();
        await closing.GetByLabel("Reden").FillAsync("Het team was ziek op de eventdag; een jurylid bezoekt de school later.");
        await closing.GetByRole(AriaRole.Button, new() { Name = "Challenge afsluiten" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ja, afsluiten" }).ClickAsync();
        await Expect(closing).ToContainTextAsync("Afgesloten met een uitzondering");
        await Expect(closing).ToContainTextAsync("een jurylid bezoekt de school later");
        await Expect(closing.Locator(".closing-summary")).ToHaveTextAsync("1 van de 2 teams kregen erkenning met een badge.");
        await Expect(page.GetByText("Deze challenge is nu: Afgesloten")).ToBeVisibleAsync();

        var closed = (await http.GetFromJsonAsync<ChallengeDetails>($"/api/challenges/{challenge.Id}", ApiClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(ChallengeStatus.Closed, closed.Status);
        Assert.True(closed.Closing!.Override);
        Assert.Equal("Het team was ziek op de eventdag; een jurylid bezoekt de school later.", closed.Closing.Reason);
        Assert.Equal(["Team Spanningsveld"], closed.Closing.TeamsWithoutBadge.Select(t => t.Name));
    }

    [Fact]
    public async Task TheScheduleSetOnTheOrganiserPageShowsOnTheTabletPageAndTheWall()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var today = DateOnly.FromDateTime(DateTime.Now);
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString() });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/tablet.html?challenge={challenge.Id}");
        await Expect(page.Locator(".team-choose, .milestone-form")).ToBeVisibleAsync();
        await Expect(page.Locator("#challenge-schedule")).ToBeHiddenAsync();

        await page.GotoAsync($"/organiser.html?challenge={challenge.Id}");
        var schedule = page.Locator("#planning");
        await schedule.GetByLabel("Start", new() { Exact = true }).FillAsync(Day(today.AddDays(-7)));
        await schedule.GetByLabel("Einde", new() { Exact = true }).FillAsync(Day(today.AddDays(30)));
        await schedule.GetByLabel("Showcasedag (optioneel)").FillAsync(Day(today.AddDays(30)));
        await schedule.GetByRole(AriaRole.Button, new() { Name = "Fase toevoegen" }).ClickAsync();
        await page.Keyboard.TypeAsync("Bouwen en testen");
        await schedule.GetByLabel("Van", new() { Exact = true }).FillAsync(Day(today.AddDays(-7)));
        await schedule.GetByLabel("Tot en met", new() { Exact = true }).FillAsync(Day(today.AddDays(7)));
        await schedule.GetByRole(AriaRole.Button, new() { Name = "Planning opslaan" }).ClickAsync();
        await Expect(schedule.GetByText("Planning opgeslagen.")).ToBeVisibleAsync();

        foreach (var url in new[] { $"/tablet.html?challenge={challenge.Id}", $"/wall.html?challenge={challenge.Id}" })
        {
            await page.GotoAsync(url);
            var line = page.Locator("#challenge-schedule");
            await Expect(line).ToContainTextAsync("Showcase op");
            await Expect(line).ToContainTextAsync("Nu: Bouwen en testen");
        }

        var stored = (await http.GetFromJsonAsync<ChallengeDetails>($"/api/challenges/{challenge.Id}", ApiClient.Json, TestContext.Current.CancellationToken))!.Schedule!;
        Assert.Equal((today.AddDays(-7), today.AddDays(30), today.AddDays(30)), (stored.Start, stored.End, stored.EventDay));
        Assert.Equal([new Phase("Bouwen en testen", today.AddDays(-7), today.AddDays(7))], stored.Phases);
    }
}
