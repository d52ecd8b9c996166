using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests;

/// <summary>Talks to the running Silo the way a tablet or wall does: over HTTP JSON and the SignalR hub.</summary>
public static class ApiClient
{
    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    /// <summary>A challenge that is running, as most tests need: teams can register, pupils log, jurors award.</summary>
    public static async Task<ChallengeDetails> CreateChallengeAsync(this HttpClient http, string sector = "electro")
    {
        using var created = await http.PostAsJsonAsync("/api/challenges", new { title = $"Challenge {Guid.NewGuid():N}", sector }, Json);
        created.EnsureSuccessStatusCode();
        var challenge = (await created.Content.ReadFromJsonAsync<ChallengeDetails>(Json))!;
        return await http.AdvanceAsync(challenge.Id, "open", "start");
    }

    /// <summary>Takes lifecycle steps (<c>open</c>, <c>start</c>, <c>showcase</c>) in order and returns the challenge after the last.</summary>
    public static async Task<ChallengeDetails> AdvanceAsync(this HttpClient http, Guid challengeId, params string[] steps)
    {
        ChallengeDetails? challenge = null;
        foreach (var step in steps)
        {
            using var response = await http.PostAsync($"/api/challenges/{challengeId}/{step}", null);
            response.EnsureSuccessStatusCode();
            challenge = await response.Content.ReadFromJsonAsync<ChallengeDetails>(Json);
        }

        return challenge!;
    }

    public static async Task<TeamDetails> RegisterTeamAsync(this HttpClient http, Guid challengeId, string name, string school = "VTI Brugge")
    {
        using var response = await http.PostAsJsonAsync($"/api/challenges/{challengeId}/teams", new { name, school }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TeamDetails>(Json))!;
    }

    public static async Task<Milestone> LogMilestoneAsync(this HttpClient http, TeamDetails team, string title, params string[] competenceIds)
    {
        using var response = await http.PostAsJsonAsync(
            $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/milestones", new { title, story = "Zo hebben we het aangepakt.", competenceIds }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Milestone>(Json))!;
    }

    public static async Task<Badge> AwardBadgeAsync(this HttpClient http, TeamDetails team, string competenceId, int level, params Guid[] milestoneIds)
    {
        using var response = await http.PostAsJsonAsync(
            $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/badges",
            new { competenceId, level, feedback = "Jullie toonden hoe je veilig werkt.", milestoneIds }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Badge>(Json))!;
    }

    public static async Task<WallSnapshot> GetWallAsync(this HttpClient http, Guid challengeId) =>
        (await http.GetFromJsonAsync<WallSnapshot>($"/api/challenges/{challengeId}/wall", Json))!;

    public static HubConnection CreateHubConnection(Uri baseAddress) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/challenge"))
            .AddJsonProtocol(options => ApiSetup.Configure(options.PayloadSerializerOptions))
            .Build();

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiSetup.Configure(options);
        return options;
    }
}
