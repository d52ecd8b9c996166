using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>
/// The wall on a real TV: from 3 to 40 teams at 1920×1080 and 1280×720, nothing scrolls or is cut off, every team is on
/// screen once per cycle for the same time, in name order, and the type reads from 5 m.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class WallTvTests(SiloFixture silo, BrowserFixture browser)
{
    private const int PageSeconds = 1;

    /// <summary>
    /// Written into the page before it loads: at every page the wall shows, which teams are on it, when, and every
    /// element that does not fit the screen, so that a slow test machine cannot miss a page.
    /// </summary>
    private const string PageLog = """
        window.wallPages = [];
        const record = () => {
          const grid = document.getElementById('team-grid');
          const turn = grid?.dataset.turn;
          if (turn === undefined || window.wallPages.length !== Number(turn)) return;
          const fits = (r) => r.top >= -0.5 && r.left >= -0.5 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
          const outside = [...document.body.querySelectorAll('*')]
            .filter((e) => e.getClientRects().length > 0 && !fits(e.getBoundingClientRect()))
            .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${JSON.stringify(e.getBoundingClientRect())}`);
          const cards = [...grid.querySelectorAll('.team-card:not([hidden])')];
          const root = document.documentElement;
          window.wallPages.push({
            page: Number(grid.dataset.page),
            pages: Number(grid.dataset.pages),
            at: performance.now(),
            teams: cards.map((c) => c.querySelector('.team-name').textContent),
            cutOffCards: cards
              .filter((c) => c.scrollHeight > c.clientHeight + 1 || c.getBoundingClientRect().bottom > grid.getBoundingClientRect().bottom + 0.5)
              .map((c) => c.querySelector('.team-name').textContent),
            outside: outside.slice(0, 5),
            scrolls: root.scrollHeight > innerHeight || root.scrollWidth > innerWidth,
          });
        };
        new MutationObserver(record).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-turn'] });
        """;

    public static TheoryData<int, int, int> Walls => new()
    {
        { 3, 1920, 1080 }, { 3, 1280, 720 },
        { 12, 1920, 1080 }, { 12, 1280, 720 },
        { 24, 1920, 1080 }, { 24, 1280, 720 },
        { 40, 1920, 1080 }, { 40, 1280, 720 },
    };

    [Theory]
    [MemberData(nameof(Walls))]
    public async Task EveryTeamIsOnTheTvOncePerCycleForTheSameTimeWithoutScrollingAndReadableFromAcrossTheRoom(int teams, int width, int height)
    {
        using var http = silo.CreateClient();
        var (challenge, _) = await WallSeeding.SeedAsync(http, teams);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var wall = await context.NewPageAsync();
        await wall.AddInitScriptAsync(PageLog);

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}&pageSeconds={PageSeconds}");
        await Expect(wall.Locator(".team-card")).ToHaveCountAsync(teams);
        await wall.WaitForFunctionAsync("() => window.wallPages.length > 0");
        var pages = await wall.EvaluateAsync<int>("() => window.wallPages[0].pages");
        // A wall that fits on one page stays still; one with more pages comes back to its first after the last.
        var turns = pages == 1 ? 1 : pages + 1;
        await wall.WaitForFunctionAsync($"() => window.wallPages.length >= {turns}");
        var log = await wall.EvaluateAsync<JsonElement>($"() => window.wallPages.slice(0, {turns})");
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor($"wall-tv-{teams}-teams-{width}x{height}.png") });

        var cycle = log.EnumerateArray().Take(pages).ToList();
        var shown = cycle.SelectMany(page => page.GetProperty("teams").EnumerateArray().Select(t => t.GetString()!)).ToList();
        var nameOrder = await wall.Locator(".team-card .team-name").AllTextContentsAsync();
        Assert.Equal(nameOrder, shown);
        Assert.Equal(WallSeeding.TeamNames(teams).Order(), shown.Order());
        Assert.Equal(Enumerable.Range(1, pages), cycle.Select(page => page.GetProperty("page").GetInt32()));
        Assert.Equal(1, log[turns - 1].GetProperty("page").GetInt32());
        foreach (var page in cycle)
        {
            var where = $"page {page.GetProperty("page")} of {pages}";
            Assert.False(page.GetProperty("scrolls").GetBoolean(), $"{where} scrolls");
            Assert.True(page.GetProperty("outside").GetArrayLength() == 0, $"{where} has elements off screen: {page.GetProperty("outside")}");
            Assert.True(page.GetProperty("cutOffCards").GetArrayLength() == 0, $"{where} cuts off cards: {page.GetProperty("cutOffCards")}");
        }

        // One steady timer shows every page for the same time: the turns keep to a fixed beat. A busy machine may delay a
        // turn (never advance it), but a page shown twice as long, or half as long, would put the later turns off the beat.
        var beat = PageSeconds * 1000.0;
        var offBeat = log.EnumerateArray().Skip(1).Select((page, turn) => page.GetProperty("at").GetDouble() - (turn * beat)).ToList();
        foreach (var delay in offBeat.Select(offset => offset - offBeat.Min()))
        {
            Assert.InRange(delay, 0, beat * 0.6);
        }

        var scale = height / 1080.0;
        await AssertFontSizeAsync(wall, ".team-card .team-name", 40 * scale);
        await AssertFontSizeAsync(wall, ".team-card .competence-name", 28 * scale);
        await AssertFontSizeAsync(wall, ".team-card .level-name", 28 * scale);
        await AssertFontSizeAsync(wall, ".team-card .latest", 28 * scale);
    }

    [Fact]
    public async Task TheTvCardShowsEachLevelByItsNameWithALegendOfGrowthStepsAndNoEmptyPhotoFrame()
    {
        using var http = silo.CreateClient();
        var (challenge, seeded) = await WallSeeding.SeedAsync(http, 3);
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        var wall = await context.NewPageAsync();

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}");

        var awarded = wall.Locator($"[data-team-id='{seeded[0].Id}'] [data-competence-id='bedraden']");
        await Expect(awarded.Locator(".level-name")).ToHaveTextAsync("Past toe");
        await Expect(wall.Locator(".card-photo:visible")).ToHaveCountAsync(0);
        var legend = wall.Locator(".level-legend");
        await Expect(legend).ToBeVisibleAsync();
        await Expect(legend.Locator(".level-legend-step")).ToHaveTextAsync(["Verkent", "Past toe", "Zelfstandig", "Inspireert anderen"]);
        await Expect(legend).ToContainTextAsync("geen score");
    }

    private static async Task AssertFontSizeAsync(IPage wall, string selector, double atLeast)
    {
        var sizes = await wall.Locator(selector).EvaluateAllAsync<double[]>("elements => elements.map(e => parseFloat(getComputedStyle(e).fontSize))");
        Assert.NotEmpty(sizes);
        Assert.True(sizes.Min() >= atLeast - 0.01, $"{selector} is {sizes.Min()} px, at least {atLeast} px reads from 5 m");
    }
}
