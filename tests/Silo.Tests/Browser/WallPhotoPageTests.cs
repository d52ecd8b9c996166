using System.Net.Http.Json;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Evidence;
using ChallengeHub.Silo.Tests.Walls;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class WallPhotoPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task TheWallShowsAConsentedPhotoOnItsCardAndACalmFrameOfTheSameSizeForATeamWithout()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonken = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        var spanning = await http.RegisterTeamAsync(challenge.Id, "Team Spanningsveld", "KTA Gent");
        var lotteId = await LogPhotoMilestoneAsync(http, vonken, "Lotte", new { wall = true, photos = true });
        await LogPhotoMilestoneAsync(http, spanning, "Noor", new { wall = true, photos = false });
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        var wall = await context.NewPageAsync();

        await wall.GotoAsync($"/wall.html?challenge={challenge.Id}");
        var consented = wall.Locator($"[data-team-id='{vonken.Id}'] .card-photo");
        var unconsented = wall.Locator($"[data-team-id='{spanning.Id}'] .card-photo");
        await Expect(consented.Locator("img")).ToHaveAttributeAsync("alt", "Foto bij de nieuwste mijlpaal van De Vonkenmakers");
        await wall.WaitForFunctionAsync("() => document.querySelector('.card-photo img')?.naturalWidth > 0");
        await Expect(unconsented.Locator("img")).ToHaveCountAsync(0);
        await Expect(unconsented.Locator(".card-photo-placeholder")).ToHaveCountAsync(1);
        await Expect(wall.Locator("#competences-today")).ToHaveTextAsync("2");
        var withPhoto = await consented.BoundingBoxAsync();
        var without = await unconsented.BoundingBoxAsync();
        Assert.Equal((Math.Round(withPhoto!.Width), Math.Round(withPhoto.Height)), (Math.Round(without!.Width), Math.Round(without.Height)));
        await AccessibilityTests.AssertNoSeriousViolationsAsync(wall, "/wall.html with a photo");
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor("wall-photos.png"), FullPage = true });

        using var withdrawn = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{vonken.Id}/pupils/{lotteId}/consent",
            new { photos = false }, ApiClient.Json, TestContext.Current.CancellationToken);
        withdrawn.EnsureSuccessStatusCode();

        await Expect(consented.Locator("img")).ToHaveCountAsync(0);
        await Expect(consented.Locator(".card-photo-placeholder")).ToHaveCountAsync(1);
    }

    /// <summary>A pupil with the given consent uploads a photo and logs a milestone with it, as the tablet does; returns the pupil's id.</summary>
    private async Task<Guid> LogPhotoMilestoneAsync(HttpClient organiser, TeamDetails team, string nickname, object consent)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, nickname);
        var pupils = await organiser.GetFromJsonAsync<Pupil[]>($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken);
        var pupilId = pupils!.Single().Id;
        using var consented = await organiser.PutAsJsonAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils/{pupilId}/consent", consent, ApiClient.Json, cancellationToken);
        consented.EnsureSuccessStatusCode();
        var photo = await pupil.UploadPhotoAsync(team, TestPhotos.NoisyJpeg(1200, 900));
        await WallPhotoApiTests.LogWithPhotoAsync(pupil, team, photo.Id);
        return pupilId;
    }
}
