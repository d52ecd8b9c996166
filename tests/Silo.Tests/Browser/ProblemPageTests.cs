using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The page a problem type points at reads well on every screen ChallengeHub is used on, in the browser's language.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class ProblemPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Theory]
    [InlineData(1920, 1080, "nl-BE")]
    [InlineData(1280, 720, "fr-BE")]
    [InlineData(820, 1180, "en")]
    [InlineData(390, 844, "nl-BE")]
    public async Task AProblemTypeIsExplainedAtItsAddress(int width, int height, string locale)
    {
        var page = await browser.NewPageAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, Locale = locale });
        try
        {
            await page.GotoAsync("/problems/out-of-stock");

            var heading = locale[..2] switch { "nl" => "Niet meer in voorraad", "fr" => "Plus en stock", _ => "Out of stock" };
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", locale[..2]);
            await ShowcasePageTests.SaveScreenshotAsync(page, $"problem-page-{width}x{height}");
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
