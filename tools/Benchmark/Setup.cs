using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChallengeHub.Benchmark;

/// <summary>A running challenge made for the run, with its teams and a competence milestones can claim.</summary>
public sealed record BenchChallenge(Guid Id, string CompetenceId, IReadOnlyList<BenchTeam> Teams);

/// <summary>A team of the run with the pupils who joined it on their tablets.</summary>
public sealed record BenchTeam(Guid ChallengeId, Guid Id, IReadOnlyList<BenchPupil> Pupils);

/// <summary>A pupil's tablet: a client holding the pupil's session cookie, and the antiforgery token its changes carry.</summary>
public sealed record BenchPupil(HttpClient Http, string? AntiforgeryToken);

/// <summary>
/// Creates the run's challenges through the public API, as an organiser would: create, open, register teams, set the shop,
/// start; then every simulated tablet joins its team with the join code, a nickname and a PIN, as a pupil does.
/// </summary>
internal static class Setup
{
    public const string Sku = "KABEL-25";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
    private const string Pin = "2468";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<BenchChallenge>> CreateChallengesAsync(HttpClient http, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var run = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var challenges = new List<BenchChallenge>();
        for (var c = 1; c <= options.Challenges; c++)
        {
            var created = await SendAsync<ChallengeBody>(http, HttpMethod.Post, "/api/challenges", new { title = $"Meetrit {run} uitdaging {c}", sector = "electro" }, cancellationToken);
            await SendAsync<ChallengeBody>(http, HttpMethod.Post, $"/api/challenges/{created.Id}/open", null, cancellationToken);
            var teams = new List<TeamBody>();
            for (var t = 1; t <= options.TeamsPerChallenge; t++)
            {
                teams.Add(await SendAsync<TeamBody>(
                    http, HttpMethod.Post, $"/api/challenges/{created.Id}/teams", new { name = $"Team {c}-{t:D3}", school = "Meetschool" }, cancellationToken));
            }

            if (options.OrderRate > 0)
            {
                var item = new { sku = Sku, name = "Kabel 2,5 mm²", description = "Per meter.", unitPriceCents = 100, stockLimit = (int?)null };
                await SendAsync<JsonElement>(http, HttpMethod.Put, $"/api/challenges/{created.Id}/shop/catalogue", new { items = new[] { item } }, cancellationToken);
                await SendAsync<JsonElement>(http, HttpMethod.Put, $"/api/challenges/{created.Id}/shop/budget", new { budgetCents = 1_000_000 }, cancellationToken);
            }

            await SendAsync<ChallengeBody>(http, HttpMethod.Post, $"/api/challenges/{created.Id}/start", null, cancellationToken);
            // Teams join side by side, as a class does; a team's pupils one after the other, as on one team's tablets.
            // With several silos each tablet signs in at, and keeps talking to, one of them in turn.
            var firstPupil = (c - 1) * options.TeamsPerChallenge * options.PupilsPerTeamPlanned;
            var benchTeams = await Task.WhenAll(teams.Select(async (team, t) =>
            {
                var pupils = new List<BenchPupil>();
                var nicknames = Enumerable.Range(1, options.PupilsPerTeamPlanned).Select(p => $"Meter {p}").ToList();

                // A roster lets every pupil of the run join at once from the one client address the benchmark has.
                await SendAsync<JsonElement>(http, HttpMethod.Put, $"/api/challenges/{created.Id}/teams/{team.Id}/roster", new { nicknames }, cancellationToken);
                for (var p = 0; p < nicknames.Count; p++)
                {
                    var silo = options.Urls[(firstPupil + t * nicknames.Count + p) % options.Urls.Count];
                    pupils.Add(await JoinAsync(silo, team.JoinCode, nicknames[p], cancellationToken));
                }

                return new BenchTeam(created.Id, team.Id, pupils);
            }));
            challenges.Add(new BenchChallenge(created.Id, created.Competences[0].Id, benchTeams));
        }

        return challenges;
    }

    /// <summary>Signs in as the organiser named in the options (the demo organiser when none is named) for a bearer token.</summary>
    public static async Task<string> IssueTokenAsync(HttpClient http, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var body = new { displayName = options.Organiser ?? "Demo Organisator", passphrase = options.Passphrase ?? "challengehub demo" };
        return (await SendAsync<TokenBody>(http, HttpMethod.Post, "/api/tokens", body, cancellationToken)).AccessToken;
    }

    /// <summary>A client with its own cookies, as a tablet's browser has.</summary>
    public static HttpClient CreateTabletClient(Uri url) =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = url,
            Timeout = TimeSpan.FromSeconds(10),
        };

    private static async Task<BenchPupil> JoinAsync(Uri url, string joinCode, string nickname, CancellationToken cancellationToken)
    {
        var http = CreateTabletClient(url);
        try
        {
            var session = await SendAsync<SessionBody>(http, HttpMethod.Post, "/api/session/pupil", new { joinCode, nickname, pin = Pin }, cancellationToken);
            return new BenchPupil(http, session.AntiforgeryToken);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    private static async Task<T> SendAsync<T>(HttpClient http, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Json) };
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new InvalidOperationException(
                $"Set-up failed: {method} {path} was rate-limited. A run joins many pupils from one address: start the Silo with RateLimits__SignInsPerMinute=100000.");
        }

        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"Set-up failed: {method} {path} answered {(int)response.StatusCode}: {detail}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    private sealed record TokenBody(string AccessToken);

    private sealed record SessionBody(string AntiforgeryToken);

    private sealed record TeamBody(Guid Id, string JoinCode);

    private sealed record CompetenceBody(string Id);

    private sealed record ChallengeBody(Guid Id, IReadOnlyList<CompetenceBody> Competences);
}
