using System.Net.Http.Json;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Evidence;
using ChallengeHub.Silo.Tests.Walls;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>The ceremony on the big screen: the published recognitions team by team in name order, stepped by a presenter's keys.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class CeremonyPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1280, 720)]
    public async Task ThePresenterStepsThroughTheTeamsInNameOrderWithTheJurysReasonAndWords(int width, int height)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        var round = (await SendAsync<SeasonDetails>(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds", new { name = "Halve finales" })).Rounds[0];
        var venue = (await SendAsync<SeasonDetails>(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds/{round.Id}/venues", new { name = "Provinciehuis Gent", date = "2027-04-23", address = "Gent" })).Rounds[0].Venues[0];
        await SendAsync<SeasonDetails>(http, HttpMethod.Put, $"/api/challenges/{challenge.Id}/season/venues/{venue.Id}/teams", new { teamIds = new[] { vonk.Id, ampere.Id } });
        var board = $"/api/challenges/{challenge.Id}/season/venues/{venue.Id}/board";
        await SendAsync<object>(http, HttpMethod.Post, $"{board}/recognitions", new { teamId = vonk.Id, categoryId = "samenwerking", reason = "Iedereen had een rol aan de stand", words = "Zo werkt een echt team." });
        await SendAsync<object>(http, HttpMethod.Post, $"{board}/recognitions", new { teamId = ampere.Id, categoryId = "duurzaamheid", reason = "Een behuizing uit gerecycleerd plexiglas" });
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var screen = await context.NewPageAsync();
        var address = $"/ceremony.html?challenge={challenge.Id}&venue={venue.Id}";

        await screen.GotoAsync(address);
        await Expect(screen.Locator(".notice")).ToContainTextAsync("nog niet gepubliceerd");
        await SendAsync<object>(http, HttpMethod.Post, $"{board}/publish", new { });

        // No reload: the publication reaches the hall's screen over the live connection.

        await Expect(screen.Locator(".ceremony-name")).ToHaveTextAsync("Ampère");
        await Expect(screen.Locator(".ceremony-category")).ToHaveTextAsync("Duurzaamheid");
        await screen.Keyboard.PressAsync("PageDown");
        await Expect(screen.Locator(".ceremony-name")).ToHaveTextAsync("De Vonk");
        await Expect(screen.Locator(".ceremony-words")).ToHaveTextAsync("Zo werkt een echt team.");
        await screen.ScreenshotAsync(new() { Path = Artifacts.PathFor($"ceremony-{width}x{height}.png") });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(screen, "/ceremony.html showing a team");
        await screen.Keyboard.PressAsync("ArrowLeft");
        await Expect(screen.Locator(".ceremony-name")).ToHaveTextAsync("Ampère");
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1280, 720)]
    public async Task CategoryByCategoryTheTeamsHoldingEachAppearInNameOrderWithAPhotoOnlyWhereConsentAllows(int width, int height)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        await LogPhotoMilestoneAsync(http, vonk, "Lotte", new { wall = true, photos = true });
        await LogPhotoMilestoneAsync(http, ampere, "Noor", new { wall = true, photos = false });
        var round = (await SendAsync<SeasonDetails>(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds", new { name = "Halve finales" })).Rounds[0];
        var venue = (await SendAsync<SeasonDetails>(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds/{round.Id}/venues", new { name = "Provinciehuis Gent", date = "2027-04-23", address = "Gent" })).Rounds[0].Venues[0];
        await SendAsync<SeasonDetails>(http, HttpMethod.Put, $"/api/challenges/{challenge.Id}/season/venues/{venue.Id}/teams", new { teamIds = new[] { vonk.Id, ampere.Id } });
        var board = $"/api/challenges/{challenge.Id}/season/venues/{venue.Id}/board";
        await SendAsync<object>(http, HttpMethod.Post, $"{board}/recognitions", new { teamId = vonk.Id, categoryId = "creativiteit", reason = "Een zonnevolger uit fietsonderdelen", words = "Dat hadden wij niet bedacht." });
        await SendAsync<object>(http, HttpMethod.Post, $"{board}/recognitions", new { teamId = ampere.Id, categoryId = "creativiteit", reason = "Een verrassende aandrijving" });
        await SendAsync<object>(http, HttpMethod.Post, $"{board}/recognitions", new { teamId = ampere.Id, categoryId = "techniciteit-innovatie", reason = "Een eigen printplaat" });
        await SendAsync<object>(http, HttpMethod.Post, $"{board}/publish", new { });
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var screen = await context.NewPageAsync();

        await screen.GotoAsync($"/ceremony.html?challenge={challenge.Id}&venue={venue.Id}&by=category");
        await Expect(screen.Locator(".ceremony-category-heading")).ToHaveTextAsync("Techniciteit en innovatie");
        await Expect(screen.Locator(".ceremony-name")).ToHaveTextAsync(["Ampère"]);
        await Expect(screen.Locator("img")).ToHaveCountAsync(0);
        await screen.Keyboard.PressAsync("ArrowRight");
        await Expect(screen.Locator(".ceremony-category-heading")).ToHaveTextAsync("Creativiteit");
        await Expect(screen.Locator(".ceremony-name")).ToHaveTextAsync(["Ampère", "De Vonk"]);
        await Expect(screen.Locator($"[data-team-id='{vonk.Id}'] img.ceremony-photo")).ToHaveCountAsync(1);
        await Expect(screen.Locator($"[data-team-id='{ampere.Id}'] img")).ToHaveCountAsync(0);
        await Expect(screen.Locator($"[data-team-id='{vonk.Id}'] img.ceremony-photo")).ToHaveJSPropertyAsync("complete", true);
        await screen.ScreenshotAsync(new() { Path = Artifacts.PathFor($"ceremony-by-category-{width}x{height}.png") });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(screen, "/ceremony.html by category");

        await screen.GotoAsync($"/ceremony.html?challenge={challenge.Id}&venue={venue.Id}");
        await Expect(screen.Locator(".ceremony-name")).ToHaveTextAsync("Ampère");
        await Expect(screen.Locator("img")).ToHaveCountAsync(0);
        await screen.Keyboard.PressAsync("ArrowRight");
        await Expect(screen.Locator(".ceremony-name")).ToHaveTextAsync("De Vonk");
        await Expect(screen.Locator("img.ceremony-photo")).ToHaveCountAsync(1);
    }

    /// <summary>A pupil with the given consent uploads a photo and logs a milestone with it, as the tablet does.</summary>
    private async Task LogPhotoMilestoneAsync(HttpClient organiser, TeamDetails team, string nickname, object consent)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, nickname);
        var pupils = await organiser.GetFromJsonAsync<Pupil[]>($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken);
        using var consented = await organiser.PutAsJsonAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils/{pupils!.Single().Id}/consent", consent, ApiClient.Json, cancellationToken);
        consented.EnsureSuccessStatusCode();
        var photo = await pupil.UploadPhotoAsync(team, TestPhotos.NoisyJpeg(1200, 900));
        await WallPhotoApiTests.LogWithPhotoAsync(pupil, team, photo.Id);
    }

    private static async Task<T> SendAsync<T>(HttpClient http, HttpMethod method, string path, object body)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ApiClient.Json) }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }
}
