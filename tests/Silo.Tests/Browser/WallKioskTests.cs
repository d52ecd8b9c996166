using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>
/// A venue screen left alone for the day (<c>?kiosk=1</c>): no controls, the screen stays awake, a newer client is picked
/// up by itself, a lost connection is retried for ever with a calm note, and phones find the public wall by a QR code.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class WallKioskTests(SiloFixture silo, BrowserFixture browser)
{
    private static readonly string JsQrPath = Path.Combine(AppContext.BaseDirectory, "jsQR.js");

    [Fact]
    public async Task TheKioskWallHidesItsControlsKeepsTheScreenAwakeAndShowsAQrCodeOfThePublicWall()
    {
        using var http = silo.CreateClient();
        var (challenge, _) = await WallSeeding.SeedAsync(http, 3);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        var wall = await context.NewPageAsync();

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}&kiosk=1");

        await Expect(wall.Locator(".team-card")).ToHaveCountAsync(3);
        await Expect(wall.Locator(".language-picker")).ToBeHiddenAsync();
        await Expect(wall.Locator("body")).ToHaveAttributeAsync("data-wake-lock", "held");
        var qr = wall.Locator(".wall-qr img");
        await Expect(qr).ToBeVisibleAsync();
        await Expect(wall.Locator(".wall-qr")).ToContainTextAsync("Bekijk de wall op je gsm");
        Assert.Equal(new Uri(silo.BaseAddress, $"/wall.html?challenge={challenge.Id}").ToString(), await DecodeQrAsync(browser, await qr.ScreenshotAsync()));
        await AccessibilityTests.AssertNoSeriousViolationsAsync(wall, "/wall.html?kiosk=1");
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor("wall-kiosk-1920x1080.png") });
    }

    [Fact]
    public async Task TheWallWithoutKioskKeepsItsLanguageChoiceAndHasNoQrCode()
    {
        using var http = silo.CreateClient();
        var (challenge, _) = await WallSeeding.SeedAsync(http, 3);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        var wall = await context.NewPageAsync();

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}");

        await Expect(wall.Locator(".team-card")).ToHaveCountAsync(3);
        await Expect(wall.Locator(".language-picker")).ToBeVisibleAsync();
        await Expect(wall.Locator(".wall-qr")).ToHaveCountAsync(0);
        await AccessibilityTests.AssertNoSeriousViolationsAsync(wall, "/wall.html");
    }

    [Theory]
    [InlineData("nl", "Offline sinds 14:02", "Weer bij")]
    [InlineData("fr", "Hors ligne depuis 14:02", "De nouveau à jour")]
    [InlineData("en", "Offline since 14:02", "Back in sync")]
    public async Task AKioskThatLosesItsConnectionSaysCalmlySinceWhenAndComesBackByItself(string language, string offline, string back)
    {
        using var http = silo.CreateClient();
        var (challenge, teams) = await WallSeeding.SeedAsync(http, 3);
        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = silo.BaseAddress.ToString(),
            ViewportSize = new() { Width = 1280, Height = 720 },
            TimezoneId = "Europe/Brussels",
        });
        await context.Clock.SetFixedTimeAsync(new DateTime(2026, 12, 3, 13, 2, 30, DateTimeKind.Utc));
        var wall = await context.NewPageAsync();
        var cut = false;
        var sockets = new List<IWebSocketRoute>();
        await wall.RouteWebSocketAsync("**/hubs/challenge**", socket =>
        {
            socket.ConnectToServer();
            sockets.Add(socket);
        });
        await wall.RouteAsync("**/hubs/challenge/negotiate**", route => cut ? route.AbortAsync("internetdisconnected") : route.ContinueAsync());
        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}&kiosk=1&lang={language}");
        var status = wall.Locator("#live-status");
        await Expect(status).ToHaveAttributeAsync("data-state", "live");

        cut = true;
        await sockets[^1].CloseAsync();
        await Expect(status).ToContainTextAsync(offline);
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor($"wall-kiosk-offline-{language}-1280x720.png") });
        await http.LogMilestoneAsync(teams[1], "Motor aangesloten");
        cut = false;

        await Expect(status).ToHaveTextAsync(back);
        await Expect(wall.Locator($"[data-team-id='{teams[1].Id}'] .latest-milestone-title")).ToHaveTextAsync("Motor aangesloten");
    }

    [Fact]
    public async Task AKioskReloadsItselfWhenANewerClientIsDeployed()
    {
        using var http = silo.CreateClient();
        var (challenge, _) = await WallSeeding.SeedAsync(http, 6);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        var wall = await context.NewPageAsync();
        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}&kiosk=1&pageSeconds=1");
        await Expect(wall.Locator(".team-card")).ToHaveCountAsync(6);
        var loadedAt = await wall.EvaluateAsync<double>("() => performance.timeOrigin");

        // A deploy: the page the server now hands out names other scripts than the ones this wall runs.
        await wall.RouteAsync("**/wall.html*", async route =>
        {
            if (route.Request.ResourceType != "fetch")
            {
                await route.ContinueAsync();
                return;
            }

            var current = await route.FetchAsync();
            var body = (await current.TextAsync()).Replace("</head>", "<script type=\"module\" src=\"/assets/next-release.js\"></script></head>", StringComparison.Ordinal);
            await route.FulfillAsync(new() { Response = current, Body = body });
        });
        var reload = wall.WaitForRequestAsync(request => request.IsNavigationRequest && request.Url.Contains("/wall.html", StringComparison.Ordinal));

        await reload;
        await wall.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.IgnoreErrors });
        await Expect(wall.Locator(".team-card")).ToHaveCountAsync(6);
        Assert.NotEqual(loadedAt, await wall.EvaluateAsync<double>("() => performance.timeOrigin"));
    }

    [Fact]
    public async Task APhoneSeesThePublicWallAsAListItCanScroll()
    {
        using var http = silo.CreateClient();
        var (challenge, _) = await WallSeeding.SeedAsync(http, 12);
        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = silo.BaseAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var phone = await context.NewPageAsync();

        await phone.GotoAsync($"/wall.html?challenge={challenge.Id}");

        var cards = phone.Locator(".team-card");
        await Expect(cards).ToHaveCountAsync(12);
        await Expect(phone.Locator(".team-card:visible")).ToHaveCountAsync(12);
        await Expect(phone.Locator(".wall-pager")).ToBeHiddenAsync();
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "the phone wall scrolls sideways");
        await AccessibilityTests.AssertNoSeriousViolationsAsync(phone, "/wall.html on a phone");
        await phone.ScreenshotAsync(new() { Path = Artifacts.PathFor("wall-phone-390x844.png") });
        await phone.ScreenshotAsync(new() { Path = Artifacts.PathFor("wall-phone-390x844-full.png"), FullPage = true });
    }

    /// <summary>Reads a QR code from a screenshot with jsQR, a decoder independent of the encoder the wall uses.</summary>
    private static async Task<string?> DecodeQrAsync(BrowserFixture browser, byte[] png)
    {
        Assert.True(File.Exists(JsQrPath), $"jsQR.js is missing next to the tests ({JsQrPath}); the Silo build installs the client's packages.");
        var page = await browser.NewPageAsync();
        await page.AddScriptTagAsync(new() { Path = JsQrPath });
        var text = await page.EvaluateAsync<string?>("""
            async (base64) => {
              const image = new Image();
              image.src = `data:image/png;base64,${base64}`;
              await image.decode();
              const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
              const context = canvas.getContext('2d');
              context.drawImage(image, 0, 0);
              const pixels = context.getImageData(0, 0, image.width, image.height);
              return jsQR(pixels.data, image.width, image.height)?.data ?? null;
            }
            """, Convert.ToBase64String(png));
        await page.CloseAsync();
        return text;
    }
}
