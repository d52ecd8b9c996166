using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Reports;

public sealed class ImpactApiTests(SiloFixture silo)
{
    [Fact]
    public async Task TheFundersReportNamesNoTeamOrSchoolAndNoMeritAnywhere()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var (challengeId, venueId, teams) = await SeasonAsync(silo, http, coach: null);
        using var funder = await http.InvitedAsync(challengeId, "funder");

        foreach (var query in new[] { string.Empty, $"?venue={venueId}" })
        {
            var json = await funder.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/impact{query}", cancellationToken);

            Assert.Equal(4, json.GetProperty("reach").GetProperty("teams").GetProperty("value").GetDouble());
            Assert.Empty(MeritFields.In(json));
            AssertNamesNoTeamOrSchool(Strings(json), teams);
            Assert.DoesNotContain(Names(json), n => (n.Contains("team", StringComparison.OrdinalIgnoreCase) && n != "teams")
                || (n.Contains("school", StringComparison.OrdinalIgnoreCase) && n is not "schools" and not "ownSchool"));
        }
    }

    [Fact]
    public async Task TheCsvExportReadsBackWithItsFiguresAndSuppressedOnesInWordsInTheRequestsLanguage()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var (challengeId, venueId, _) = await SeasonAsync(silo, http, coach: null);
        await http.RegisterTeamAsync(challengeId, "Nog zonder locatie", "KTA Hasselt");
        using var funder = await http.InvitedAsync(challengeId, "funder");

        var season = await CsvAsync(funder, $"/api/challenges/{challengeId}/impact/csv", "nl", cancellationToken);
        var venue = await CsvAsync(funder, $"/api/challenges/{challengeId}/impact/csv?venue={venueId}", "fr", cancellationToken);

        Assert.Equal(["Onderdeel", "Cijfer", "Detail", "Waarde"], season[0]);
        Assert.Contains(["Bereik", "Leerlingen", "", "12"], season);
        Assert.Contains(["Bereik", "Teams", "", "5"], season);
        Assert.Contains(["Badge", "Teams", "met", "minder dan 10"], season);
        Assert.Contains(["Portée", "Élèves", "", "moins de 10"], venue);
        Assert.All(season.Skip(1), row => Assert.Equal(4, row.Length));
    }

    [Fact]
    public async Task ACoachsOwnSchoolCsvSaysItCoversTheOwnSchoolsTeamsAndNamesNoTeamOrSchool()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync(title: "Elektro Challenge Oost-Vlaanderen");
        using var coach = await http.InvitedAsync(challenge.Id, "coach");
        var (challengeId, venueId, teams) = await SeasonAsync(silo, http, coach, challenge.Id);

        var season = await CsvAsync(coach, $"/api/challenges/{challengeId}/impact/own-school/csv", "nl", cancellationToken);
        var venue = await CsvAsync(coach, $"/api/challenges/{challengeId}/impact/own-school/csv?venue={venueId}", "en", cancellationToken);
        var json = await coach.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/impact/own-school", cancellationToken);

        Assert.Equal(["Onderdeel", "Cijfer", "Detail", "Waarde"], season[0]);
        Assert.Equal(["Rapport", "Impactrapport van de teams van je eigen school", "Elektro Challenge Oost-Vlaanderen", "Het hele seizoen"], season[1]);
        Assert.Contains(["Bereik", "Teams", "", "minder dan 10"], season);
        Assert.Equal(["Report", "Impact report of your own school’s teams", "Elektro Challenge Oost-Vlaanderen", "Gent"], venue[1]);
        Assert.Contains(["Reach", "Pupils", "", "fewer than 10"], venue);
        Assert.All(season.Skip(1), row => Assert.Equal(4, row.Length));
        AssertNamesNoTeamOrSchool(season.Concat(venue).SelectMany(row => row), teams);
        AssertNamesNoTeamOrSchool(Strings(json), teams);
        Assert.Equal("Elektro Challenge Oost-Vlaanderen", json.GetProperty("challengeTitle").GetString());
    }

    [Fact]
    public async Task TheOwnSchoolReportAndItsExportsAreForCoachesOfTheChallengeAlone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var other = await http.CreateChallengeAsync();
        using var funder = await http.InvitedAsync(challenge.Id, "funder");
        using var otherCoach = await http.InvitedAsync(other.Id, "coach");

        foreach (var route in new[] { "own-school", "own-school/csv", "own-school/pdf" })
        {
            var path = $"/api/challenges/{challenge.Id}/impact/{route}";
            using var byFunder = await funder.GetAsync(path, cancellationToken);
            using var byOrganiser = await http.GetAsync(path, cancellationToken);
            using var byOtherCoach = await otherCoach.GetAsync(path, cancellationToken);
            using var unknown = await otherCoach.GetAsync($"/api/challenges/{Guid.NewGuid()}/impact/{route}", cancellationToken);

            Assert.Equal(HttpStatusCode.Forbidden, byFunder.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, byOrganiser.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, byOtherCoach.StatusCode);
            Assert.Contains(unknown.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        }
    }

    private static void AssertNamesNoTeamOrSchool(IEnumerable<string> strings, List<TeamDetails> teams)
    {
        var forbidden = teams.SelectMany(t => new[] { t.Id.ToString(), t.Name, t.School, t.JoinCode }).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(strings, s => forbidden.Any(f => s.Contains(f, StringComparison.OrdinalIgnoreCase)));
    }

    private static async Task<List<string[]>> CsvAsync(HttpClient http, string path, string language, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        return [.. text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(';'))];
    }

    [Fact]
    public async Task ACoachReadsTheReportOfTheirOwnSchoolWithSmallGroupsMarkedSuppressed()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        using var coach = await http.InvitedAsync(challenge.Id, "coach");
        var (challengeId, _, _) = await SeasonAsync(silo, http, coach, challenge.Id);

        var json = await coach.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/impact/own-school", cancellationToken);
        using var refused = await coach.GetAsync($"/api/challenges/{challengeId}/impact", cancellationToken);

        Assert.True(json.GetProperty("ownSchool").GetBoolean());
        var teams = json.GetProperty("reach").GetProperty("teams");
        Assert.Equal((JsonValueKind.Null, true), (teams.GetProperty("value").ValueKind, teams.GetProperty("suppressed").GetBoolean()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AnUnknownVenueOrAMalformedOneIsAProblem()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();

        using var unknown = await http.GetAsync($"/api/challenges/{challenge.Id}/impact?venue={Guid.NewGuid()}", cancellationToken);
        using var malformed = await http.GetAsync($"/api/challenges/{challenge.Id}/impact?venue=gent", cancellationToken);

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (unknown.StatusCode, unknown.Content.Headers.ContentType?.MediaType));
        Assert.Equal("/problems/venue-not-found", (await unknown.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("type").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (malformed.StatusCode, malformed.Content.Headers.ContentType?.MediaType));
    }

    /// <summary>Four teams of three pupils at one venue, each with a badge; two of VTI Brugge (registered by <paramref name="coach"/> when given), two of another school.</summary>
    internal static async Task<(Guid ChallengeId, Guid VenueId, List<TeamDetails> Teams)> SeasonAsync(SiloFixture silo, HttpClient http, HttpClient? coach, Guid? existing = null)
    {
        var challengeId = existing ?? (await http.CreateChallengeAsync()).Id;
        var teams = new List<TeamDetails>();
        foreach (var (name, school) in new[] { ("Ampère", "VTI Brugge"), ("De Vonk", "VTI Brugge"), ("Volt", "GO! Atheneum Gent"), ("Zonnekracht", "GO! Atheneum Gent") })
        {
            var team = await (school == "VTI Brugge" && coach is not null ? coach : http).RegisterTeamAsync(challengeId, name, school);
            foreach (var nickname in new[] { "Lotte", "Yassin", "Noor" })
            {
                using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, nickname);
            }

            var milestone = await http.LogMilestoneAsync(team, "Schakeling getest", "bedraden");
            await http.AwardBadgeAsync(team, "bedraden", 2, milestone.Id);
            teams.Add(team);
        }

        var round = await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challengeId}/season/rounds", new { name = "Halve finales" });
        var roundId = round.GetProperty("rounds")[0].GetProperty("id").GetGuid();
        var venues = await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challengeId}/season/rounds/{roundId}/venues", new { name = "Gent", date = "2027-04-23", address = "Gent" });
        var venueId = venues.GetProperty("rounds")[0].GetProperty("venues")[0].GetProperty("id").GetGuid();
        await SendAsync(http, HttpMethod.Put, $"/api/challenges/{challengeId}/season/venues/{venueId}/teams", new { teamIds = teams.Select(t => t.Id) });
        return (challengeId, venueId, teams);
    }

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, object body)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ApiClient.Json) });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    private static IEnumerable<string> Names(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Names(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Names),
        _ => [],
    };
}
