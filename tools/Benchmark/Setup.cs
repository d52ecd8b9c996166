using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChallengeHub.Benchmark;

/// <summary>A running challenge made for the run, with its teams and a competence milestones can claim.</summary>
public sealed record BenchChallenge(Guid Id, string CompetenceId, IReadOnlyList<Guid> TeamIds);

/// <summary>Creates the run's challenges through the public API, as an organiser would: create, open, register teams, start.</summary>
internal static class Setup
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<BenchChallenge>> CreateChallengesAsync(HttpClient http, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var run = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var challenges = new List<BenchChallenge>();
        for (var c = 1; c <= options.Challenges; c++)
        {
            var created = await PostAsync<ChallengeBody>(http, "/api/challenges", new { title = $"Meetrit {run} uitdaging {c}", sector = "electro" }, cancellationToken);
            await PostAsync<ChallengeBody>(http, $"/api/challenges/{created.Id}/open", null, cancellationToken);
            var teams = new List<Guid>();
            for (var t = 1; t <= options.TeamsPerChallenge; t++)
            {
                var team = await PostAsync<IdBody>(
                    http, $"/api/challenges/{created.Id}/teams", new { name = $"Team {c}-{t:D3}", school = "Meetschool" }, cancellationToken);
                teams.Add(team.Id);
            }

            await PostAsync<ChallengeBody>(http, $"/api/challenges/{created.Id}/start", null, cancellationToken);
            challenges.Add(new BenchChallenge(created.Id, created.Competences[0].Id, teams));
        }

        return challenges;
    }

    /// <summary>Signs in as the organiser named in the options (the demo organiser when none is named) for a bearer token.</summary>
    public static async Task<string> IssueTokenAsync(HttpClient http, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var body = new { displayName = options.Organiser ?? "Demo Organisator", passphrase = options.Passphrase ?? "challengehub demo" };
        return (await PostAsync<TokenBody>(http, "/api/tokens", body, cancellationToken)).AccessToken;
    }

    private static async Task<T> PostAsync<T>(HttpClient http, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, Json, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"Set-up failed: POST {path} answered {(int)response.StatusCode}: {detail}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    private sealed record TokenBody(string AccessToken);

    private sealed record IdBody(Guid Id);

    private sealed record CompetenceBody(string Id);

    private sealed record ChallengeBody(Guid Id, IReadOnlyList<CompetenceBody> Competences);
}
