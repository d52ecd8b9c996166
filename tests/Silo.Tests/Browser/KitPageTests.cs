using ChallengeHub.Silo.Tests.Kits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class KitPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task AMissingItemTheCoachReportsReachesTheOrganisersOpenIssuesInTeamNameOrder()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        var zoemers = await http.RegisterTeamAsync(challenge.Id, "Zoemers", "KTA Gent");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère", "GO! Technisch Atheneum");
        await http.SetKitTemplateAsync(challenge.Id);
        await http.IssueKitsAsync(challenge.Id);
        await http.CheckInAsync(zoemers, "RLY-5", "damaged");
        await http.CheckInAsync(ampere, "RLY-5", "missing");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        await context.SignInAsOrganiserAsync();
        var coach = await context.NewPageAsync();

        await coach.GotoAsync($"/kit.html?challenge={challenge.Id}&team={team.Id}");
        var motor = coach.Locator("[data-part-number='MOT-12V']");
        await motor.GetByLabel("Ontbreekt").CheckAsync();
        await motor.GetByLabel("Hoeveel?").FillAsync("1");
        await motor.GetByLabel("Opmerking").FillAsync("Eén motor zat niet in de doos.");
        await motor.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Expect(motor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Bewaard: ontbreekt.");
        await coach.GetByLabel("Onderdeel").SelectOptionAsync("MOT-12V");
        await coach.GetByLabel("Waarom?").FillAsync("Niet geleverd in de kit.");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Vervanging aanvragen" }).ClickAsync();
        await Expect(coach.Locator(".kit-requests li")).ToContainTextAsync("1 × Gelijkstroommotor 12 V — Niet geleverd in de kit. aangevraagd");

        var organiser = await context.NewPageAsync();
        await organiser.GotoAsync($"/kits.html?challenge={challenge.Id}");
        var teams = organiser.Locator(".kit-issue-team h3 a");
        await Expect(teams).ToHaveTextAsync(["Ampère", "De Vonkenmakers", "Zoemers"]);
        var vonk = organiser.Locator($"[data-team-id='{team.Id}']");
        await Expect(vonk).ToContainTextAsync("Gelijkstroommotor 12 V (MOT-12V): 1 ontbreekt — Eén motor zat niet in de doos.");
        await Expect(vonk).ToContainTextAsync("Vervanging gevraagd: 1 × Gelijkstroommotor 12 V — Niet geleverd in de kit.");

        await vonk.GetByRole(AriaRole.Button, new() { Name = "Geleverd" }).ClickAsync();
        await Expect(teams).ToHaveTextAsync(["Ampère", "Zoemers"]);
        Assert.NotNull(Assert.Single((await http.GetKitAsync(team)).Replacements).DeliveredAt);
    }

    [Fact]
    public async Task ThePupilsTabletShowsTheTeamsKitReadOnly()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        await http.SetKitTemplateAsync(challenge.Id);
        await http.IssueKitsAsync(challenge.Id);
        await http.CheckInAsync(team, "RLY-5", "damaged");
        var tablet = await browser.NewPageAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        try
        {
            await tablet.JoinOnTabletAsync(team.JoinCode, "Lotte");

            var kit = tablet.GetByRole(AriaRole.Region, new() { Name = "Ons materiaal" });
            await Expect(kit.Locator("li")).ToHaveTextAsync(["2 × Gelijkstroommotor 12 VMOT-12V · nog na te kijken", "4 × Relais 5 VRLY-5 · beschadigd"]);
            Assert.Equal(0, await kit.Locator("button, input, select, textarea").CountAsync());
        }
        finally
        {
            await tablet.CloseAsync();
        }
    }
}
