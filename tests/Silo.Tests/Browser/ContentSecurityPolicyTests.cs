using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The pages work under the Silo's Content-Security-Policy: nothing they load, style or connect to is blocked.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class ContentSecurityPolicyTests(SiloFixture silo, BrowserFixture browser)
{
    // Collects what the policy blocks; Playwright adds it to every document before the page's own scripts run.
    private const string ViolationRecorder =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));";

    [Fact]
    public async Task TheLiveWallRunsWithoutAPolicyViolation()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Veilige Vonken");
        var (context, page, console) = await OpenAsync(new() { Width = 1920, Height = 1080 });
        await using var owned = context;

        await page.GotoAsync($"/wall.html?challenge={challenge.Id}");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Live");
        await http.LogMilestoneAsync(team, "Schakelaar beveiligd");
        await Expect(page.Locator($"[data-team-id='{team.Id}'] .latest-milestone-title")).ToHaveTextAsync("Schakelaar beveiligd");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("csp-wall-1920x1080.png") });

        await AssertNoViolationsAsync(page, console);
    }

    [Fact]
    public async Task TheTabletRunsWithoutAPolicyViolation()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Nette Naden");
        var (context, page, console) = await OpenAsync(new() { Width = 820, Height = 1180 });
        await using var owned = context;

        await page.JoinOnTabletAsync(team.JoinCode, "Yara");
        await Expect(page.GetByLabel("Wat hebben jullie gedaan?")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("csp-tablet-820x1180.png") });

        await AssertNoViolationsAsync(page, console);
    }

    [Fact]
    public async Task AnImageFromAnotherSiteIsBlockedAndReported()
    {
        var (context, page, _) = await OpenAsync(new() { Width = 390, Height = 844 });
        await using var owned = context;
        await page.GotoAsync("/signin.html");

        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.src = 'https://images.example.invalid/x.png'; document.body.append(img); }");

        await Expect(page.Locator("body")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => window.__cspViolations.length > 0");
        Assert.Contains(await page.EvaluateAsync<string[]>("() => window.__cspViolations"), v => v.StartsWith("img-src", StringComparison.Ordinal));
    }

    private async Task<(IBrowserContext Context, IPage Page, List<string> Console)> OpenAsync(ViewportSize viewport)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = viewport });
        await context.AddInitScriptAsync(ViolationRecorder);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (console)
                {
                    console.Add(message.Text);
                }
            }
        };
        return (context, page, console);
    }

    private static async Task AssertNoViolationsAsync(IPage page, List<string> console)
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.Empty(violations);
        lock (console)
        {
            Assert.Empty(console);
        }
    }
}
