using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class OrganiserCalibrationTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task TheOrganiserSeesLevelsTwoApartAsSomethingToTalkAboutWithoutAWayToChangeThem()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var apart = await http.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        var close = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        using var juror = await http.InvitedAsync(challenge.Id, "juror");
        await http.AwardBadgeAsync(apart, "bedraden", 4);
        await juror.AwardBadgeAsync(apart, "bedraden", 1);
        await http.AwardBadgeAsync(close, "bedraden", 3);
        await juror.AwardBadgeAsync(close, "bedraden", 2);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/organiser.html?challenge={challenge.Id}");

        var section = page.GetByRole(AriaRole.Region, new() { Name = "Om over te praten" });
        var item = section.Locator(".calibration-item");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.GetByRole(AriaRole.Heading)).ToHaveTextAsync("De Stroomlijners · Bedraden en aansluiten");
        await Expect(item.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(item).ToContainTextAsync("(niveau 4)");
        await Expect(item).ToContainTextAsync("(niveau 1)");
        await Expect(section.GetByRole(AriaRole.Button)).ToHaveTextAsync(["Opnieuw bekijken"]);
        await Expect(section).Not.ToContainTextAsync("De Vonk");
    }
}
