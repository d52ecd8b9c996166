using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Evidence;
using SkiaSharp;

namespace ChallengeHub.Silo.Tests.Walls;

/// <summary>The public wall's photo route serves a small rendition of a photo only while a card shows it.</summary>
public sealed class WallPhotoApiTests(SiloFixture silo)
{
    [Fact]
    public async Task AnyoneGetsASmallCacheableRenditionOfTheShownPhotoUntilItsConsentIsWithdrawn()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var (team, pupil, pupilId) = await TeamWithConsentedPupilAsync(organiser);
        var photo = await pupil.UploadPhotoAsync(team, TestPhotos.NoisyJpeg(1600, 1200));
        var notOnTheWall = await pupil.UploadPhotoAsync(team, TestPhotos.NoisyJpeg(320, 240));
        await LogWithPhotoAsync(pupil, team, photo.Id);
        using var anyone = silo.CreateAnonymousClient();
        var path = PhotoPath(team, photo.Id);

        using var shown = await anyone.GetAsync(path, cancellationToken);
        var rendition = await shown.Content.ReadAsByteArrayAsync(cancellationToken);
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, path);
        revalidation.Headers.IfNoneMatch.Add(shown.Headers.ETag!);
        using var unchanged = await anyone.SendAsync(revalidation, cancellationToken);
        using var otherPhoto = await anyone.GetAsync(PhotoPath(team, notOnTheWall.Id), cancellationToken);
        var cardBefore = (await anyone.GetWallAsync(team.ChallengeId)).Teams.Single().PhotoId;
        using var withdrawn = await organiser.PutAsJsonAsync(ConsentPath(team, pupilId), new { photos = false }, ApiClient.Json, cancellationToken);
        withdrawn.EnsureSuccessStatusCode();
        using var afterWithdrawal = await anyone.GetAsync(path, cancellationToken);
        using var staleRevalidation = new HttpRequestMessage(HttpMethod.Get, path);
        staleRevalidation.Headers.IfNoneMatch.Add(shown.Headers.ETag!);
        using var revalidatedAfterWithdrawal = await anyone.SendAsync(staleRevalidation, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("image/jpeg", shown.Content.Headers.ContentType?.MediaType);
        using (var image = SKBitmap.Decode(rendition))
        {
            Assert.Equal((640, 480), (image.Width, image.Height));
        }

        Assert.True(shown.Headers.CacheControl is { Private: true, NoStore: false, MaxAge.TotalSeconds: > 0 and <= 300 }, $"Cache-Control: {shown.Headers.CacheControl}");
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        await EvidenceApiClient.AssertProblemAsync(otherPhoto, 404);
        Assert.Equal(photo.Id, cardBefore);
        Assert.Null((await anyone.GetWallAsync(team.ChallengeId)).Teams.Single().PhotoId);
        await EvidenceApiClient.AssertProblemAsync(afterWithdrawal, 404);
        await EvidenceApiClient.AssertProblemAsync(revalidatedAfterWithdrawal, 404);
    }

    [Fact]
    public async Task AnErasedPupilsPhotoIsNoLongerServed()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var (team, pupil, pupilId) = await TeamWithConsentedPupilAsync(organiser);
        var photo = await pupil.UploadPhotoAsync(team, TestPhotos.NoisyJpeg(800, 600));
        await LogWithPhotoAsync(pupil, team, photo.Id);
        using var anyone = silo.CreateAnonymousClient();
        using var before = await anyone.GetAsync(PhotoPath(team, photo.Id), cancellationToken);

        using var erased = await organiser.DeleteAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils/{pupilId}", cancellationToken);
        using var after = await anyone.GetAsync(PhotoPath(team, photo.Id), cancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        await EvidenceApiClient.AssertProblemAsync(after, 404);
        Assert.Null((await anyone.GetWallAsync(team.ChallengeId)).Teams.Single().PhotoId);
    }

    private async Task<(TeamDetails Team, HttpClient Pupil, Guid PupilId)> TeamWithConsentedPupilAsync(HttpClient organiser)
    {
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        var pupils = await organiser.GetFromJsonAsync<Pupil[]>($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils", ApiClient.Json, TestContext.Current.CancellationToken);
        var pupilId = pupils!.Single().Id;
        using var consent = await organiser.PutAsJsonAsync(ConsentPath(team, pupilId), new { wall = true, photos = true }, ApiClient.Json, TestContext.Current.CancellationToken);
        consent.EnsureSuccessStatusCode();
        return (team, pupil, pupilId);
    }

    internal static async Task LogWithPhotoAsync(HttpClient pupil, TeamDetails team, Guid photoId)
    {
        using var logged = await pupil.PostAsJsonAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/milestones",
            new { title = "Motor getest", story = "De motor draait.", competenceIds = new[] { "meten-testen" }, photoIds = new[] { photoId } },
            ApiClient.Json, TestContext.Current.CancellationToken);
        logged.EnsureSuccessStatusCode();
    }

    private static string PhotoPath(TeamDetails team, Guid photoId) => $"/api/challenges/{team.ChallengeId}/wall/photos/{photoId}";

    private static string ConsentPath(TeamDetails team, Guid pupilId) => $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils/{pupilId}/consent";
}
