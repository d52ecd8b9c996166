using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The home page leads each signed-in role to its work in one tap.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class HomeLeadTests(SiloFixture silo, BrowserFixture browser)
{
    [Theory]
    [InlineData("juror", "Te bekijken", "/juror.html")]
    [InlineData("employer", "Naar de showcase", "/showcase.html")]
    [InlineData("coach", "Naar mijn teams", "/coach.html")]
    public async Task ASignedInRoleFindsTheWayToItsWorkOnTheHomePage(string role, string lead, string path)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.SignInAsInvitedAsync(http, challenge.Id, role);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        var link = page.Locator(".role-intro").GetByRole(AriaRole.Link, new() { Name = lead, Exact = true });
        await Expect(link).ToHaveAttributeAsync("href", path);
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{System.Text.RegularExpressions.Regex.Escape(path)}"));
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, $"{path} reached from the home page as {role}");
    }
}
