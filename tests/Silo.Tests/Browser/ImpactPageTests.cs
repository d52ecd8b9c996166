using System.Text.RegularExpressions;
using ChallengeHub.Grains.Tests;
using ChallengeHub.Silo.Tests.Reports;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>
/// A sector fund's staff member lands on the impact report after signing in and reads what the challenge achieved: counts
/// with charts and their tables, small groups as "minder dan 10", a scope to choose, and the CSV and PDF to take along.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed partial class ImpactPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task AFunderLandsOnTheReportReadsItsFiguresAndChoosesAVenueWhoseSmallGroupsReadInWords()
    {
        using var http = silo.CreateClient();
        var (challengeId, venueId, _) = await ImpactApiTests.SeasonAsync(silo, http, coach: null);
        await http.RegisterTeamAsync(challengeId, "Nog zonder locatie", "KTA Hasselt");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.SignInAsInvitedAsync(http, challengeId, "funder");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/signin.html");
        // Each wait starts before the step that navigates: a navigation that commits while the step is still being answered
        // would otherwise pass before the wait listens for it.
        var landed = page.WaitForURLAsync("**/impact.html");
        await page.GetByRole(AriaRole.Link, new() { Name = "Verder werken" }).ClickAsync();
        await landed;

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wat deze challenge bereikte");
        var reach = page.Locator(".impact-tile");
        await Expect(reach.Filter(new() { HasText = "leerlingen namen deel" }).Locator("dd")).ToHaveTextAsync("12");
        await Expect(reach.Filter(new() { HasText = "teams" }).First.Locator("dd")).ToHaveTextAsync("5");
        // No team showed safety yet: all five are still to discover it. The one team without a badge makes the cells of
        // the wired competence small, so they read in words, in the chart's name and in its table alike.
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = NoneYet() })).ToBeVisibleAsync();
        var wiring = page.GetByRole(AriaRole.Img, new() { NameRegex = SmallCells() });
        await Expect(wiring).ToBeVisibleAsync();
        await Expect(wiring.Locator("xpath=following-sibling::table//tr[th='Past toe']/td")).ToHaveTextAsync("minder dan 10");
        var badgeRow = page.Locator(".impact-section tr").Filter(new() { HasText = "een badge" });
        await Expect(badgeRow.Locator("td")).ToHaveTextAsync(["minder dan 10", "minder dan 10"]);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Als PDF" })).ToHaveAttributeAsync("href", $"/api/challenges/{challengeId}/impact/pdf");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Als CSV (rekenblad)" })).ToHaveAttributeAsync("href", $"/api/challenges/{challengeId}/impact/csv");
        await AssertNoRankingWordsAsync(page);
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/impact.html of the season");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("impact-1280x720.png"), FullPage = true });
        await page.SetViewportSizeAsync(1920, 1080);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("impact-1920x1080.png"), FullPage = true });

        var chosen = page.WaitForURLAsync($"**/impact.html?challenge={challengeId}&venue={venueId}", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByLabel("Over").SelectOptionAsync(new SelectOptionValue { Label = "Halve finales: Gent" });
        await chosen;
        await Expect(reach.Filter(new() { HasText = "leerlingen namen deel" }).Locator("dd")).ToHaveTextAsync("minder dan 10");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Als PDF" })).ToHaveAttributeAsync("href", $"/api/challenges/{challengeId}/impact/pdf?venue={venueId}");
        await page.SetViewportSizeAsync(820, 1180);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("impact-venue-820x1180.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/impact.html of one venue");
    }

    [Fact]
    public async Task TheHeaderNamesTheChallengeForAFunderInvitedWhileItIsStillInDraft()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateDraftChallengeAsync(title: "Elektro Challenge Limburg");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.SignInAsInvitedAsync(http, challenge.Id, "funder");
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/impact.html?challenge={challenge.Id}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wat deze challenge bereikte");
        await Expect(page.Locator("#challenge-title")).ToHaveTextAsync("Elektro Challenge Limburg");
        await Expect(page).ToHaveTitleAsync("Impact van Elektro Challenge Limburg · ChallengeHub");
    }

    [Fact]
    public async Task ACoachOpensTheReportOfTheirOwnSchoolFromTheCoachPageAndReadsWhyFewTeamsShowMostlyWords()
    {
        const string title = "Elektro Challenge West-Vlaanderen";
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync(title: title);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        var name = await context.SignInAsCoachAsync(http, challenge.Id);
        using var coach = ApiClient.CreateCookieClient(silo.BaseAddress);
        using (var signedIn = await coach.SignInAsync("/api/session", new { displayName = name, passphrase = Access.Session.StaffPassphrase }))
        {
            signedIn.EnsureSuccessStatusCode();
        }

        var (challengeId, venueId, _) = await ImpactApiTests.SeasonAsync(silo, http, coach, challenge.Id);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/coach.html");
        var link = page.Locator(".coach-challenge").Filter(new() { HasText = title }).GetByRole(AriaRole.Link, new() { Name = "Impactrapport van onze school" });
        await Expect(link).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("coach-own-school-link-1280x720.png"), FullPage = true });
        var opened = page.WaitForURLAsync($"**/impact.html?challenge={challengeId}&scope=own-school");
        await link.ClickAsync();
        await opened;

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wat de teams van onze school bereikten");
        await Expect(page.Locator("#challenge-title")).ToHaveTextAsync(title);
        await Expect(page.Locator(".impact-small-groups")).ToContainTextAsync("lees je dus vooral „minder dan 10”");
        var reach = page.Locator(".impact-tile");
        await Expect(reach.Filter(new() { HasText = "teams" }).First.Locator("dd")).ToHaveTextAsync("minder dan 10");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Als PDF" })).ToHaveAttributeAsync("href", $"/api/challenges/{challengeId}/impact/own-school/pdf");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Als CSV (rekenblad)" })).ToHaveAttributeAsync("href", $"/api/challenges/{challengeId}/impact/own-school/csv");
        await AssertNoRankingWordsAsync(page);
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/impact.html of the own school");
        foreach (var (width, height) in new[] { (1280, 720), (1920, 1080), (820, 1180), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"impact-own-school-{width}x{height}.png"), FullPage = true });
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, $"the page is wider than {width}x{height}");
        }

        var chosen = page.WaitForURLAsync($"**/impact.html?challenge={challengeId}&scope=own-school&venue={venueId}", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByLabel("Over").SelectOptionAsync(new SelectOptionValue { Label = "Halve finales: Gent" });
        await chosen;
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Als PDF" })).ToHaveAttributeAsync("href", $"/api/challenges/{challengeId}/impact/own-school/pdf?venue={venueId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wat de teams van onze school bereikten");
    }

    [Fact]
    public async Task AFunderWhoOpensTheOwnSchoolAddressIsSentToTheReportOverEveryTeam()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.SignInAsInvitedAsync(http, challenge.Id, "funder");
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/impact.html?challenge={challenge.Id}&scope=own-school");

        await Expect(page.Locator(".notice")).ToContainTextAsync("Het rapport van een eigen school is er voor de coaches van die school.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Naar het rapport over alle teams" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wat deze challenge bereikte");
    }

    private static async Task AssertNoRankingWordsAsync(IPage page)
    {
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(Word().Matches(text).Select(m => m.Value), RankingWords.IsRankingName);
    }

    [GeneratedRegex("^Veilig werken met elektriciteit: teams per niveau nog te ontdekken: 5; Verkent: 0;")]
    private static partial Regex NoneYet();

    [GeneratedRegex("teams per niveau nog te ontdekken: minder dan 10; Verkent: 0; Past toe: minder dan 10;")]
    private static partial Regex SmallCells();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
