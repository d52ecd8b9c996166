using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Silo.Tests.Access;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using ZXing;
using ZXing.Common;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>The printable certificate a pupil takes home: a real PDF whose QR code opens the badge's public verification page.</summary>
public sealed class CertificateTests(SiloFixture silo)
{
    [Fact]
    public async Task APupilsCertificateIsAPdfWhoseQrCodeOpensTheBadgesVerificationPage()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        using var lotte = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 3);

        using var response = await lotte.PostAsJsonAsync(CertificatePath(team.ChallengeId, team.Id, badge.Id), new { name = "Lotte Vermeulen" }, ApiClient.Json, cancellationToken);
        var pdf = await response.Content.ReadAsByteArrayAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
        Assert.Equal(new Uri(silo.BaseAddress, $"/badges/{badge.Id}").ToString(), DecodeQr(document.Pages[0]));
    }

    [Fact]
    public async Task ARevokedBadgeAnotherTeamsBadgeAndAnOverlongNameGetAProblemAndNoPdf()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var other = await organiser.RegisterTeamAsync(challenge.Id, "De Bliksems");
        using var noor = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Noor");
        var revoked = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        var standing = await organiser.AwardBadgeAsync(team, "bedraden", 3);
        var theirs = await organiser.AwardBadgeAsync(other, "bedraden", 2);
        using var revoke = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges/{revoked.Id}/revoke", new { reason = "Dubbel uitgereikt." }, ApiClient.Json, cancellationToken);
        revoke.EnsureSuccessStatusCode();

        using var ofRevoked = await noor.PostAsJsonAsync(CertificatePath(challenge.Id, team.Id, revoked.Id), new { name = "" }, ApiClient.Json, cancellationToken);
        using var ofOtherTeam = await noor.PostAsJsonAsync(CertificatePath(challenge.Id, team.Id, theirs.Id), new { name = "" }, ApiClient.Json, cancellationToken);
        using var overlong = await noor.PostAsJsonAsync(CertificatePath(challenge.Id, team.Id, standing.Id), new { name = new string('x', 200) }, ApiClient.Json, cancellationToken);

        await ofRevoked.AssertProblemAsync(HttpStatusCode.Conflict);
        await ofOtherTeam.AssertProblemAsync(HttpStatusCode.NotFound);
        await overlong.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private static string CertificatePath(Guid challengeId, Guid teamId, Guid badgeId) => $"/api/challenges/{challengeId}/teams/{teamId}/badges/{badgeId}/certificate";

    /// <summary>Finds the page's image, turns its pixels into grey levels and reads the QR code in them with ZXing.</summary>
    private static string DecodeQr(PdfPage page)
    {
        var images = page.Resources.Elements.GetDictionary("/XObject")!.Elements.Values
            .Select(item => (item as PdfReference)?.Value as PdfDictionary)
            .Where(x => x?.Elements.GetName("/Subtype") == "/Image")
            .ToList();
        var image = Assert.Single(images)!;
        var (width, height) = (image.Elements.GetInteger("/Width"), image.Elements.GetInteger("/Height"));
        var bits = image.Elements.GetInteger("/BitsPerComponent");
        var components = image.Elements.GetName("/ColorSpace") == "/DeviceRGB" ? 3 : 1;
        var stride = ((width * components * bits) + 7) / 8;
        var data = Inflate(image.Stream.Value, image.Elements.GetName("/Filter") == "/FlateDecode");
        if (image.Elements.GetDictionary("/DecodeParms") is { } parameters && parameters.Elements.GetInteger("/Predictor") >= 10)
        {
            data = Unpredict(data, stride, Math.Max(1, components * bits / 8), height);
        }

        var grey = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                grey[(y * width) + x] = bits == 1
                    ? ((data[(y * stride) + (x / 8)] >> (7 - (x % 8))) & 1) == 1 ? (byte)255 : (byte)0
                    : data[(y * stride) + (x * components)];
            }
        }

        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        var result = reader.Decode(new RGBLuminanceSource(grey, width, height, RGBLuminanceSource.BitmapFormat.Gray8));
        Assert.NotNull(result);
        return result.Text;
    }

    /// <summary>Undoes PNG row filters (None, Sub, Up, Average, Paeth), which a PDF keeps when it carries a PNG's data as it was.</summary>
    private static byte[] Unpredict(byte[] data, int stride, int pixelBytes, int height)
    {
        var rows = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var raw = data[(y * (stride + 1)) + 1 + x];
                int left = x >= pixelBytes ? rows[(y * stride) + x - pixelBytes] : 0;
                int up = y > 0 ? rows[((y - 1) * stride) + x] : 0;
                int upLeft = x >= pixelBytes && y > 0 ? rows[((y - 1) * stride) + x - pixelBytes] : 0;
                var predicted = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                rows[(y * stride) + x] = (byte)(raw + predicted);
            }
        }

        return rows;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var (toLeft, toUp, toUpLeft) = (Math.Abs(estimate - left), Math.Abs(estimate - up), Math.Abs(estimate - upLeft));
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    private static byte[] Inflate(byte[] stream, bool deflated)
    {
        if (!deflated)
        {
            return stream;
        }

        using var inflater = new ZLibStream(new MemoryStream(stream), CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflater.CopyTo(output);
        return output.ToArray();
    }
}
