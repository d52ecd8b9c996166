using System.Net.Http.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Silo.Tests.Evidence;
using ChallengeHub.Silo.Tests.Walls;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>A juror sees the evidence photos themselves and recognises what they saw at the venue, on a laptop and on a tablet.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class JurorEvidencePageTests(SiloFixture silo, BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 720)]
    [InlineData(820, 1180)]
    public async Task TheQueueShowsPhotosThatOpenLargeAndATeamWithoutMilestonesGetsOneBadgeOnAnObservationDespiteADoubleClick(int width, int height)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonken = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers van het Vrij Technisch Instituut");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        var photo = await http.UploadPhotoAsync(vonken, TestPhotos.NoisyJpeg(1200, 900));
        await WallPhotoApiTests.LogWithPhotoAsync(http, vonken, photo.Id);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        await context.SignInAsJurorAsync(http, challenge.Id);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/juror.html?challenge={challenge.Id}");
        var thumbnail = page.GetByRole(AriaRole.Button, new() { Name = "Foto 1 bij “Motor getest” groot bekijken" });
        await Expect(thumbnail.Locator("img")).ToHaveAttributeAsync("alt", "Foto 1 bij “Motor getest”");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.juror-thumb img')].every(i => i.complete && i.naturalWidth > 0)");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"juror-queue-{width}x{height}.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, $"/juror.html queue with photos at {width}x{height}");
        await thumbnail.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Foto 1 bij “Motor getest”" });
        await Expect(dialog).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('dialog.juror-photo-dialog img')?.naturalWidth > 0");
        var large = await dialog.Locator("img").BoundingBoxAsync();
        Assert.True(large!.Width > 160 * 2, $"The photo opens large, not at thumbnail size: {large.Width} px wide");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"juror-photo-{width}x{height}.png") });
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Badge voor Ampère op basis van wat je zag" }).ClickAsync();
        await page.Locator("#award-competence").SelectOptionAsync("storingen-zoeken");
        await Expect(page.Locator(".juror-prerequisite")).ToContainTextAsync("Eerst veilig werken");
        await page.Locator("#award-competence").SelectOptionAsync("meten-testen");
        await Expect(page.Locator(".juror-prerequisite")).ToHaveTextAsync(string.Empty);
        await page.Locator(".juror-level").Nth(1).ClickAsync();
        await page.GetByLabel("Wat je ter plaatse zag (waarneming)").FillAsync("Ik zag het team aan de stand elke spanning nameten en noteren.");
        await page.GetByLabel("Wat jullie lieten zien").FillAsync("Jullie meten zorgvuldig en leggen uit wat je ziet.");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"juror-observation-form-{width}x{height}.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, $"/juror.html observation form at {width}x{height}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Badge toekennen", Exact = true }).DblClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Badge toegekend" })).ToHaveTextAsync("Badge toegekend: Meten en testen op niveau 2.");
        await Expect(page.Locator(".juror-badge")).ToHaveCountAsync(1);
        await Expect(page.Locator(".juror-badge-observation")).ToContainTextAsync("elke spanning nameten");
        await Expect(page.GetByLabel("Wat je ter plaatse zag (waarneming)")).ToHaveValueAsync(string.Empty);
        await Expect(page.Locator(".juror-unvisited")).ToContainTextAsync("Nog geen jurybezoek voor 1 team.");
        var badges = await http.GetFromJsonAsync<Badge[]>($"/api/challenges/{challenge.Id}/teams/{ampere.Id}/badges", ApiClient.Json, cancellationToken);
        var badge = Assert.Single(badges!);
        Assert.Equal("Ik zag het team aan de stand elke spanning nameten en noteren.", badge.Observation);
        await AssertTargetsAndCardsFitAsync(page);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"juror-awarded-{width}x{height}.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, $"/juror.html after an observation award at {width}x{height}");
    }

    /// <summary>WCAG 2.2 target size for the radios and checkboxes, and every level descriptor inside its card.</summary>
    private static async Task AssertTargetsAndCardsFitAsync(IPage page)
    {
        var problems = await page.EvaluateAsync<string[]>("""
            () => {
              const found = [];
              for (const input of document.querySelectorAll('input[type=radio], input[type=checkbox]')) {
                const box = input.getBoundingClientRect();
                if (box.width < 24 || box.height < 24) found.push(`${input.id || input.name}: ${box.width}x${box.height}`);
              }
              for (const card of document.querySelectorAll('.juror-level')) {
                const outer = card.getBoundingClientRect();
                for (const part of card.children) {
                  const inner = part.getBoundingClientRect();
                  if (inner.right > outer.right + 0.5 || inner.left < outer.left - 0.5) found.push(`descriptor outside its card: ${part.textContent}`);
                }
              }
              return found;
            }
            """);
        Assert.Empty(problems);
    }
}
