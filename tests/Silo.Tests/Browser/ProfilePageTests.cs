using ChallengeHub.Silo.Tests.Profiles;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>
/// On my-badges, a pupil adds an earlier challenge with the recovery code they kept, sees one profile of both and takes it
/// home as a pdf and as a signed learner record.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class ProfilePageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task APupilAddsAnEarlierChallengeByItsCodeSeesBothInOneProfileByCompetenceAndDownloadsItAsPdfAndLearnerRecord()
    {
        var world = await ProfileWorld.CreateAsync(silo);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 820, Height = 1180 } });
        var page = await context.NewPageAsync();
        await page.JoinOnTabletAsync(world.First.JoinCode, "Lotte");

        await page.GotoAsync("/my-badges.html");
        var profile = page.Locator(".profile");
        await Expect(profile.Locator(".profile-challenges > li")).ToHaveCountAsync(1);
        await Expect(profile.Locator($".profile-badge[data-badge-id='{world.FirstBadge.Id}'] .profile-own")).ToContainTextAsync(world.OwnMilestone.Story);
        await page.GetByLabel("Herstelcode").FillAsync(new string(world.SecondCode.Reverse().ToArray()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await Expect(page.Locator(".profile-add [role=status]")).ToHaveTextAsync("Deze herstelcode kennen we niet. Kijk hem letter voor letter na.");
        await page.GetByLabel("Herstelcode").FillAsync(world.SecondCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();

        await Expect(page.Locator(".profile-add [role=status]")).ToHaveTextAsync("Toegevoegd: je profiel toont nu ook die challenge.");
        await Expect(profile.Locator(".profile-challenges > li")).ToHaveCountAsync(2);
        var competence = profile.Locator(".profile-competences > li[data-competence='bedraden']");
        await Expect(competence.Locator(".profile-badge")).ToHaveCountAsync(2);
        await Expect(competence.Locator($".profile-badge[data-badge-id='{world.SecondBadge.Id}']")).ToContainTextAsync(ProfileWorld.NextStep);
        await Expect(profile.Locator($".profile-badge[data-badge-id='{world.YasminesBadge.Id}']")).ToHaveCountAsync(0);
        await Expect(profile.Locator(".profile-teammate")).Not.ToContainTextAsync("Yasmine");
        await page.GetByLabel("Je naam op de afdruk").FillAsync("Lotte V.");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Mijn profiel om af te drukken (pdf)" }).ClickAsync());
        Assert.Equal("profile.pdf", download.SuggestedFilename);
        await Expect(page.Locator(".profile-print [role=status]")).ToHaveTextAsync("Je profiel is klaar.");
        var record = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download als leerdossier (CLR)" }).ClickAsync());
        Assert.Equal("learner-record.json", record.SuggestedFilename);
        var json = await File.ReadAllTextAsync(await record.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Contains("\"ClrCredential\"", json, StringComparison.Ordinal);
        Assert.Contains(world.SecondBadge.Id.ToString(), json, StringComparison.Ordinal);
        await Expect(page.Locator(".profile-print [role=status]")).ToHaveTextAsync("Je leerdossier is klaar: learner-record.json.");
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "my-badges with a profile of two challenges");
        foreach (var (width, height) in new[] { (820, 1180), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"my-badges-profile-{width}x{height}.png"), FullPage = true });
        }
    }
}
