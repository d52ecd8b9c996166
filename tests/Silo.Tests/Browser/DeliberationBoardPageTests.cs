using System.Net.Http.Json;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Seasons;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>Two jurors deliberate on tablets held upright (820×1180): nominations, an agreement by both, and the every-team rule before publishing.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class DeliberationBoardPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task TwoJurorsNominateAndAgreeAndTheBoardPublishesOnlyWhenEveryTeamIsRecognised()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        var round = (await SendAsync<SeasonDetails>(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds", new { name = "Halve finales" })).Rounds[0];
        var venue = (await SendAsync<SeasonDetails>(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds/{round.Id}/venues", new { name = "Provinciehuis Gent", date = "2027-04-23", address = "Gent" })).Rounds[0].Venues[0];
        await SendAsync<SeasonDetails>(http, HttpMethod.Put, $"/api/challenges/{challenge.Id}/season/venues/{venue.Id}/teams", new { teamIds = new[] { vonk.Id, ampere.Id } });
        var tablet = new BrowserNewContextOptions { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 820, Height = 1180 } };
        await using var first = await browser.NewContextAsync(tablet);
        await using var second = await browser.NewContextAsync(tablet);
        var firstName = await first.SignInAsJurorAsync(http, challenge.Id);
        var secondName = await second.SignInAsJurorAsync(http, challenge.Id);
        var address = $"/board.html?challenge={challenge.Id}&venue={venue.Id}";
        var one = await first.NewPageAsync();
        await one.GotoAsync(address);

        await Expect(one.Locator(".board-team h2")).ToHaveTextAsync(["Ampère VTI Brugge", "De Vonk VTI Brugge"]);
        var ampereOne = one.GetByRole(AriaRole.Article, new() { Name = "Ampère VTI Brugge" });
        await ampereOne.GetByLabel("Categorie").SelectOptionAsync("creativiteit");
        await ampereOne.GetByLabel("Waarom (kort)").FillAsync("Een behuizing uit gerecycleerd plexiglas");
        await ampereOne.GetByRole(AriaRole.Button, new() { Name = "Nomineren" }).ClickAsync();
        await Expect(ampereOne.Locator(".board-list li")).ToContainTextAsync(["Creativiteit: Een behuizing uit gerecycleerd plexiglas"]);

        var two = await second.NewPageAsync();
        await two.GotoAsync(address);
        var ampereTwo = two.GetByRole(AriaRole.Article, new() { Name = "Ampère VTI Brugge" });
        await ampereTwo.GetByRole(AriaRole.Button, new() { Name = "Akkoord: erkennen voor Creativiteit" }).ClickAsync();
        await one.ReloadAsync();
        await ampereOne.GetByRole(AriaRole.Button, new() { Name = "Ook akkoord met Creativiteit" }).ClickAsync();
        await Expect(ampereOne.Locator(".board-recognition")).ToContainTextAsync($"akkoord: {secondName}, {firstName}");

        await one.GetByRole(AriaRole.Button, new() { Name = "Publiceren", Exact = true }).ClickAsync();
        await Expect(one.GetByRole(AriaRole.Region, new() { Name = "Erkenningen publiceren" }).GetByRole(AriaRole.Alert)).ToContainTextAsync("De Vonk");
        await Expect(one.Locator(".board-rules [role=status]")).ToHaveTextAsync("Nog zonder erkenning: De Vonk.");
        var board = await http.GetFromJsonAsync<DeliberationBoard>($"/api/challenges/{challenge.Id}/season/venues/{venue.Id}/board", ApiClient.Json, cancellationToken);
        Assert.Null(board!.Publication);
        await one.ScreenshotAsync(new() { Path = Artifacts.PathFor("board-two-jurors-820x1180.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(one, "/board.html with a nomination and a recognition");

        var vonkOne = one.GetByRole(AriaRole.Article, new() { Name = "De Vonk VTI Brugge" });
        await vonkOne.GetByLabel("Categorie").SelectOptionAsync("samenwerking");
        await vonkOne.GetByLabel("Waarom (kort)").FillAsync("Iedereen had een rol aan de stand");
        await vonkOne.GetByRole(AriaRole.Button, new() { Name = "Erkenning vastleggen" }).ClickAsync();
        await Expect(one.Locator(".board-rules [role=status]")).ToHaveTextAsync("Elk team heeft een erkenning.");
        await one.GetByRole(AriaRole.Button, new() { Name = "Publiceren", Exact = true }).ClickAsync();

        await Expect(one.GetByText($"Gepubliceerd door {firstName}.")).ToBeVisibleAsync();
        board = await http.GetFromJsonAsync<DeliberationBoard>($"/api/challenges/{challenge.Id}/season/venues/{venue.Id}/board", ApiClient.Json, cancellationToken);
        Assert.False(board!.Publication!.Override);
    }

    private static async Task<T> SendAsync<T>(HttpClient http, HttpMethod method, string path, object body)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ApiClient.Json) }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }
}
