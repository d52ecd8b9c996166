using System.Net;
using System.Text.RegularExpressions;
using ChallengeHub.Silo.Tests.Access;
using UglyToad.PdfPig;

namespace ChallengeHub.Silo.Tests.Reports;

/// <summary>The impact report as a PDF, read back by an independent PDF reader: its figures, and small groups in words.</summary>
public sealed partial class ImpactPdfTests(SiloFixture silo)
{
    [Fact]
    public async Task ThePdfShowsTheReportsFiguresAndSuppressedOnesInWordsInTheRequestsLanguage()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var (challengeId, venueId, _) = await ImpactApiTests.SeasonAsync(silo, http, coach: null);
        await http.RegisterTeamAsync(challengeId, "Nog zonder locatie", "KTA Hasselt");
        using var funder = await http.InvitedAsync(challengeId, "funder");

        var season = await PdfTextAsync(funder, $"/api/challenges/{challengeId}/impact/pdf", "nl", cancellationToken);
        var venue = await PdfTextAsync(funder, $"/api/challenges/{challengeId}/impact/pdf?venue={venueId}", "fr", cancellationToken);

        Assert.Contains("Impactrapport", season);
        Assert.Matches(@"Leerlingen\s*12", season);
        Assert.Matches(@"Teams\s*5", season);
        Assert.Matches(@"Teams\s*met\s*minder dan 10", season);
        Assert.Matches(@"Élèves\s*moins de 10", venue);
        Assert.DoesNotContain("Nog zonder locatie", season);
        Assert.DoesNotContain("KTA Hasselt", season);
    }

    [Fact]
    public async Task ACoachsOwnSchoolPdfSaysItCoversTheOwnSchoolsTeamsInTheRequestsLanguageAndNamesNoTeamOrSchool()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync(title: "Elektro Challenge Antwerpen");
        using var coach = await http.InvitedAsync(challenge.Id, "coach");
        var (challengeId, venueId, teams) = await ImpactApiTests.SeasonAsync(silo, http, coach, challenge.Id);

        var season = await PdfTextAsync(coach, $"/api/challenges/{challengeId}/impact/own-school/pdf", "nl", cancellationToken);
        var venue = await PdfTextAsync(coach, $"/api/challenges/{challengeId}/impact/own-school/pdf?venue={venueId}", "fr", cancellationToken);

        Assert.Contains("Impactrapport van de teams van je eigen school", season);
        Assert.Contains("Elektro Challenge Antwerpen", season);
        Assert.Contains("met weinig teams lees je dus vooral", season);
        Assert.Matches(@"Teams\s*minder dan 10", season);
        Assert.Contains("Rapport d’impact des équipes de votre école", venue);
        Assert.Matches(@"Élèves\s*moins de 10", venue);
        Assert.DoesNotContain(teams.SelectMany(t => new[] { t.Name, t.School }), name => season.Contains(name, StringComparison.Ordinal) || venue.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownVenueGetsAProblemAndNoPdf()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();

        using var unknown = await http.GetAsync($"/api/challenges/{challenge.Id}/impact/pdf?venue={Guid.NewGuid()}", cancellationToken);

        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The text of every page, words joined by single spaces, as PdfPig reads it from the document's fonts.</summary>
    private static async Task<string> PdfTextAsync(HttpClient http, string path, string language, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await http.SendAsync(request, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        var words = document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text);
        return Spaces().Replace(string.Join(' ', words), " ");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
