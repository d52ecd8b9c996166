using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Milestones;

namespace ChallengeHub.Silo.Tests.Milestones;

public sealed class MilestonesApiTests(SiloFixture silo)
{
    [Fact]
    public async Task TwentyConcurrentRetriesWithOneIdempotencyKeyStoreOneMilestone()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Team Stroomversnelling");
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones")
            {
                Content = JsonContent.Create(new { title = "Sensor gekalibreerd", story = "Met de multimeter.", competenceIds = new[] { "meten-testen" } }),
            };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            return (response.StatusCode, Milestone: await response.Content.ReadFromJsonAsync<Milestone>(ApiClient.Json, TestContext.Current.CancellationToken));
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Milestone!.Id).Distinct());
        var stored = await http.GetFromJsonAsync<Milestone[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", ApiClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal(responses[0].Milestone!.Id, Assert.Single(stored!).Id);
        Assert.Equal(1, (await http.GetWallAsync(challenge.Id)).MilestonesLogged);
    }

    [Fact]
    public async Task TheSameIdempotencyKeyWithAnotherMilestoneIsRefusedWith422()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Schakelaars");
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKeyAsync(http, team.ChallengeId, team.Id, key, "Schakelschema getekend");
        var second = await PostWithKeyAsync(http, team.ChallengeId, team.Id, key, "Iets heel anders");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var stored = await http.GetFromJsonAsync<Milestone[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", ApiClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal("Schakelschema getekend", Assert.Single(stored!).Title);
    }

    private static async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient http, Guid challengeId, Guid teamId, string key, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/challenges/{challengeId}/teams/{teamId}/milestones")
        {
            Content = JsonContent.Create(new { title, story = "", competenceIds = Array.Empty<string>() }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
