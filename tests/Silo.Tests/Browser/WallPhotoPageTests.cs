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
    public async Task TheWallShowsAConsentedPhotoBesideTheTeamNameAndNoEmptyFrameForATeamWithout()
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
        var consented = wall.Locator($"[data-team-id='{vonken.Id}']");
        var unconsented = wall.Locator($"[data-team-id='{spanning.Id}']");
        await Expect(consented.Locator(".card-photo img")).ToHaveAttributeAsync("alt", "Foto bij de nieuwste mijlpaal van De Vonkenmakers");
        await wall.WaitForFunctionAsync("() => document.querySelector('.card-photo img')?.naturalWidth > 0");
        await Expect(unconsented.Locator(".card-photo")).ToBeHiddenAsync();
        await Expect(unconsented.Locator("img")).ToHaveCountAsync(0);
        await Expect(wall.Locator("#competences-today")).ToHaveTextAsync("2");
        var photo = await consented.Locator(".card-photo").BoundingBoxAsync();
        var name = await consented.Locator(".team-name").BoundingBoxAsync();
        Assert.True(photo!.X > name!.X + name.Width - 1 && photo.Y < name.Y + name.Height, "the photo sits beside the team's name");
        await AccessibilityTests.AssertNoSeriousViolationsAsync(wall, "/wall.html with a photo");
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor("wall-photos.png") });

        using var withdrawn = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{vonken.Id}/pupils/{lotteId}/consent",
            new { photos = false }, ApiClient.Json, TestContext.Current.CancellationToken);
        withdrawn.EnsureSuccessStatusCode();

        await Expect(consented.Locator("img")).ToHaveCountAsync(0);
        await Expect(consented.Locator(".card-photo")).ToBeHiddenAsync();
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
