using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(ChallengeHub.Silo.Tests.Browser.BrowserFixture))]

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver; nothing is downloaded. One browser serves the whole assembly,
/// and browser tests run one class at a time (<see cref="Collection"/>) so that they do not starve the silo of CPU.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Collection = "Browser";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    private static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    /// <summary>
    /// A browser of its own with a profile on disk: Chromium reports an incognito context as not installable, so the
    /// installability check needs this. Disposing the context ends that browser.
    /// </summary>
    public async Task<IBrowserContext> LaunchPersistentContextAsync(string userDataDir, string baseUrl)
    {
        var context = await _playwright!.Chromium.LaunchPersistentContextAsync(userDataDir, new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ChromiumArgs,
            BaseURL = baseUrl,
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    /// <summary>
    /// A fresh context (own storage, own cookies) with patient time-outs: the test suites share two cores with a silo,
    /// Azurite and Chromium, so a page can take seconds longer than on a quiet machine.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    /// <summary>A page in its own context; closing the page closes the context.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        var page = await Browser.NewPageAsync(options);
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
