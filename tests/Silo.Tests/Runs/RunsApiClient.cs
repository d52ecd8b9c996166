using System.Net.Http.Json;
using System.Text;
using ChallengeHub.Grains.Runs;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Runs;

/// <summary>Records and reads a team's course runs over HTTP, the way the tablet page does.</summary>
public static class RunsApiClient
{
    public static string RunsPath(TeamDetails team) => $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/runs";

    public static async Task<HttpResponseMessage> PostRunAsync(this HttpClient http, TeamDetails team, string json, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, RunsPath(team)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<CourseRun> RecordRunAsync(this HttpClient http, TeamDetails team, int durationMs, bool completed = true)
    {
        using var response = await http.PostAsJsonAsync(RunsPath(team), new { durationMs, completed }, ApiClient.Json, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CourseRun>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }

    public static async Task<CourseRunOverview> GetRunsAsync(this HttpClient http, TeamDetails team) =>
        (await http.GetFromJsonAsync<CourseRunOverview>(RunsPath(team), ApiClient.Json, TestContext.Current.CancellationToken))!;
}
