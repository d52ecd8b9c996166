using Microsoft.Playwright;
using SkiaSharp;
using ZXing;
using ZXing.Common;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>
/// The organiser prints a venue's join cards on A4; a tablet that scans a card's QR code opens the join form with the team's
/// code filled in, and nothing is sent until a pupil adds a nickname and PIN.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class JoinCardsPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task AVenuesSheetPrintsACardPerTeamWhoseQrCodeOpensTheTabletWithTheCodeFilledIn()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        await http.RegisterTeamAsync(challenge.Id, "Elders");
        var venue = await Seasons.JoinCardsApiTests.VenueWithAsync(http, challenge.Id, vonk.Id, ampere.Id);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 794, Height = 1123 } });
        await context.SignInAsOrganiserAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/season.html?challenge={challenge.Id}");
        await page.GetByRole(AriaRole.Article, new() { Name = "Provinciehuis Gent" }).GetByRole(AriaRole.Link, new() { Name = "Aanmeldkaarten afdrukken" }).ClickAsync();

        var cards = page.Locator(".join-card");
        await Expect(cards.Locator(".join-card-name")).ToHaveTextAsync(["Ampère", "De Vonk"]);
        await Expect(cards.Locator(".join-card-code")).ToHaveTextAsync([ampere.JoinCode, vonk.JoinCode]);
        await Expect(page.Locator(".cards-sheet")).ToContainTextAsync("Provinciehuis Gent");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("join-cards-794x1123.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, "/cards.html of one venue");
        var encoded = Decode(await cards.Nth(1).Locator(".join-card-qr").ScreenshotAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afdrukken" })).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("join-cards-print-794x1123.png"), FullPage = true });
        var pdf = await page.PdfAsync(new() { Path = Artifacts.PathFor("join-cards-a4.pdf"), Format = "A4", PrintBackground = true });
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        Assert.Equal(new Uri(silo.BaseAddress, $"/tablet.html?join={vonk.JoinCode}").ToString(), encoded);
        await using var tabletContext = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 820, Height = 1180 } });
        var tablet = await tabletContext.NewPageAsync();
        await tablet.GotoAsync(encoded);
        await Expect(tablet.Locator("#join-code")).ToHaveValueAsync(vonk.JoinCode);
        await Expect(tablet.Locator("#join-nickname")).ToHaveValueAsync(string.Empty);
        await Expect(tablet.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden op de tablet" })).ToBeVisibleAsync();
    }

    /// <summary>Reads the QR code in a screenshot the way a camera does: pixels to grey levels, then ZXing.</summary>
    private static string Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var grey = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                grey[(y * bitmap.Width) + x] = (byte)((pixel.Red + pixel.Green + pixel.Blue) / 3);
            }
        }

        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        var result = reader.Decode(new RGBLuminanceSource(grey, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8));
        Assert.NotNull(result);
        return result.Text;
    }
}
