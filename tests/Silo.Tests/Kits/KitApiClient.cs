using System.Net.Http.Json;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Kits;

/// <summary>The kit endpoints as the coach and organiser pages call them.</summary>
public static class KitApiClient
{
    public static async Task SetKitTemplateAsync(this HttpClient http, Guid challengeId)
    {
        var items = new[]
        {
            new { partNumber = "MOT-12V", description = "Gelijkstroommotor 12 V", quantity = 2, unitValueCents = (int?)1450 },
            new { partNumber = "RLY-5", description = "Relais 5 V", quantity = 4, unitValueCents = (int?)null },
        };
        using var response = await http.PutAsJsonAsync($"/api/challenges/{challengeId}/kit-template", new { items }, ApiClient.Json);
        response.EnsureSuccessStatusCode();
    }

    public static async Task<IssueKitsResult> IssueKitsAsync(this HttpClient http, Guid challengeId)
    {
        using var response = await http.PostAsync($"/api/challenges/{challengeId}/kits/issue", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IssueKitsResult>(ApiClient.Json))!;
    }

    public static async Task<Kit> GetKitAsync(this HttpClient http, TeamDetails team) =>
        (await http.GetFromJsonAsync<Kit>(KitPath(team), ApiClient.Json))!;

    public static async Task CheckInAsync(this HttpClient http, TeamDetails team, string partNumber, string status)
    {
        using var response = await http.PutAsJsonAsync($"{KitPath(team)}/items/{partNumber}/check-in", new { status }, ApiClient.Json);
        response.EnsureSuccessStatusCode();
    }

    public static async Task<TeamKitIssues[]> GetKitIssuesAsync(this HttpClient http, Guid challengeId) =>
        (await http.GetFromJsonAsync<TeamKitIssues[]>($"/api/challenges/{challengeId}/kit-issues", ApiClient.Json))!;

    public static string KitPath(TeamDetails team) => $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/kit";
}
