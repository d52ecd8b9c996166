using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Accounts;
using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests;

/// <summary>Talks to the running Silo the way a tablet or wall does: over HTTP JSON and the SignalR hub.</summary>
public static class ApiClient
{
    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    /// <summary>A challenge that is running, as most tests need: teams can register, pupils log, jurors award.</summary>
    public static async Task<ChallengeDetails> CreateChallengeAsync(this HttpClient http, string sector = "electro", string? title = null) =>
        await http.AdvanceAsync((await http.CreateDraftChallengeAsync(sector, title)).Id, "open", "start");

    /// <summary>A challenge still in draft, as the organiser sets it up; titled "Challenge &lt;guid&gt;" unless given a title.</summary>
    public static async Task<ChallengeDetails> CreateDraftChallengeAsync(this HttpClient http, string sector = "electro", string? title = null)
    {
        using var created = await http.PostAsJsonAsync("/api/challenges", new { title = title ?? $"Challenge {Guid.NewGuid():N}", sector }, Json);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<ChallengeDetails>(Json))!;
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

    /// <summary>A hub connection of the public, or, with <paramref name="token"/>, of a signed-in account.</summary>
    public static HubConnection CreateHubConnection(Uri baseAddress, string? token = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/challenge"), options =>
            {
                if (token is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                }
            })
            .AddJsonProtocol(options => ApiSetup.Configure(options.PayloadSerializerOptions))
            .Build();

    public static async Task<string> IssueTokenAsync(HttpClient http, string displayName, string passphrase)
    {
        using var response = await http.PostAsJsonAsync("/api/tokens", new { displayName, passphrase }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A browser-like client: it keeps cookies and sends the antiforgery token of its last session answer.</summary>
    public static HttpClient CreateCookieClient(Uri baseAddress) =>
        new(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), UseCookies = true }) { BaseAddress = baseAddress };

    /// <summary>Posts to a sign-in endpoint and, on success, keeps the session's antiforgery token for the client's next changes.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient http, string path, object body)
    {
        var response = await http.PostAsJsonAsync(path, body, Json);
        if (response.IsSuccessStatusCode)
        {
            var session = await response.Content.ReadFromJsonAsync<SessionInfo>(Json);
            http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
            http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session!.AntiforgeryToken);
        }

        return response;
    }

    /// <summary>A pupil who joined <paramref name="team"/> on a tablet with a nickname and PIN (cookie session).</summary>
    public static async Task<HttpClient> JoinAsPupilAsync(Uri baseAddress, TeamDetails team, string nickname, string pin = "1234")
    {
        var http = CreateCookieClient(baseAddress);
        using var response = await http.SignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname, pin });
        response.EnsureSuccessStatusCode();
        return http;
    }

    /// <summary>An invite code from the organiser for <paramref name="role"/> (coach, juror, employer) in the challenge, or at one of its venues.</summary>
    public static async Task<string> InviteAsync(this HttpClient organiser, Guid challengeId, string role, Guid? venueId = null)
    {
        using var response = await organiser.PostAsJsonAsync($"/api/challenges/{challengeId}/invites", new { role, venueId }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("invite").GetProperty("code").GetString()!;
    }

    /// <summary>A coach, juror or employer of the challenge (or of one venue), invited by <paramref name="organiser"/> (cookie session).</summary>
    public static async Task<HttpClient> InvitedAsync(this HttpClient organiser, Guid challengeId, string role, Guid? venueId = null)
    {
        var code = await organiser.InviteAsync(challengeId, role, venueId);
        var http = CreateCookieClient(organiser.BaseAddress!);
        using var response = await http.SignInAsync($"/api/invites/{code}/redeem",
            new { displayName = $"{role} {Guid.NewGuid():N}", passphrase = "een lange zin als wachtwoord" });
        response.EnsureSuccessStatusCode();
        return http;
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiSetup.Configure(options);
        return options;
    }
}
