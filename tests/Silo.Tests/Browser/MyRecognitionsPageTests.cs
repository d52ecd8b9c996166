using System.Net.Http.Json;
using ChallengeHub.Silo.Tests.Seasons;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>A pupil finds the team's published recognitions on their own page, with the same credential downloads as a badge.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class MyRecognitionsPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task APupilSeesTheTeamsPublishedRecognitionWithBothCredentialDownloads()
    {
        var token = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        var venue = await VenueOverviewApiTests.VenueWithAsync(http, challenge.Id, team.Id);
        var board = $"/api/challenges/{challenge.Id}/season/venues/{venue}/board";
        (await http.PostAsJsonAsync($"{board}/recognitions", new { teamId = team.Id, categoryId = "duurzaamheid", reason = "Elk onderdeel kreeg een tweede leven" }, token))
            .EnsureSuccessStatusCode();
        using var published = await http.PostAsJsonAsync($"{board}/publish", new { }, token);
        var recognition = (await published.Content.ReadFromJsonAsync<Grains.Recognitions.DeliberationBoard>(ApiClient.Json, token))!.Teams[0].Recognitions[0];
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var tablet = await context.NewPageAsync();
        await tablet.JoinOnTabletAsync(team.JoinCode, "Lotte");

        await tablet.GotoAsync("/my-badges.html");

        var item = tablet.Locator($".my-recognitions li[data-recognition-id='{recognition.Id}']");
        await Expect(item.Locator("h3")).ToHaveTextAsync("Erkenning: Duurzaamheid");
        await Expect(item).ToContainTextAsync("Elk onderdeel kreeg een tweede leven");
        Assert.Equal($"/recognitions/{challenge.Id}/{recognition.Id}.json", await item.Locator("a.recognition-download").GetAttributeAsync("href"));
        Assert.Equal($"/recognitions/{challenge.Id}/{recognition.Id}.jsonld", await item.Locator("a.recognition-download-linked-data").GetAttributeAsync("href"));
        var credential = await context.APIRequest.GetAsync($"/recognitions/{challenge.Id}/{recognition.Id}.jsonld");
        Assert.Equal(200, credential.Status);
        await tablet.ScreenshotAsync(new() { Path = Artifacts.PathFor("my-badges-recognitions-390x844.png"), FullPage = true });
    }
}
