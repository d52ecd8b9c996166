using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Runs;

namespace ChallengeHub.Silo.Tests.Runs;

public sealed class RunsApiTests(SiloFixture silo)
{
    public static TheoryData<string, string, string> BadRuns => new()
    {
        { "no duration", """{"completed":true}""", "durationMs" },
        { "zero duration", """{"durationMs":0,"completed":true}""", "durationMs" },
        { "negative duration", """{"durationMs":-250,"completed":false}""", "durationMs" },
        { "longer than an hour", """{"durationMs":3600001,"completed":true}""", "durationMs" },
        { "not said whether completed", """{"durationMs":12000}""", "completed" },
        { "note too long", $$"""{"durationMs":12000,"completed":true,"note":"{{new string('n', CourseRunLogGrain.MaxNoteLength + 1)}}"}""", "note" },
    };

    public static TheoryData<string, string> UnreadableRuns => new()
    {
        { "fraction of a millisecond", """{"durationMs":1.5,"completed":true}""" },
        { "duration as text", """{"durationMs":"12 s","completed":true}""" },
        { "malformed json", """{"durationMs":""" },
    };

    [Fact]
    public async Task ATeamSeesItsRunsNewestFirstWithPersonalBestAndImprovement()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        var first = await http.RecordRunAsync(team, 25_000);
        var missed = await http.RecordRunAsync(team, 9_000, completed: false);
        var fastest = await http.RecordRunAsync(team, 20_000);

        var json = await http.GetFromJsonAsync<JsonElement>(RunsApiClient.RunsPath(team), TestContext.Current.CancellationToken);

        Assert.Equal([fastest.Id, missed.Id, first.Id], json.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        Assert.Equal(fastest.Id, json.GetProperty("personalBest").GetProperty("id").GetGuid());
        var improvement = json.GetProperty("improvement");
        Assert.Equal(first.Id, improvement.GetProperty("firstCompletedRunId").GetGuid());
        Assert.Equal(5_000, improvement.GetProperty("fasterByMs").GetInt32());
        Assert.Equal(20.0, improvement.GetProperty("fasterByPercent").GetDouble());
    }

    [Fact]
    public async Task WithoutACompletedRunPersonalBestAndImprovementAreNull()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Team Volt");
        await http.RecordRunAsync(team, 4_000, completed: false);

        var json = await http.GetFromJsonAsync<JsonElement>(RunsApiClient.RunsPath(team), TestContext.Current.CancellationToken);

        Assert.Single(json.GetProperty("runs").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("personalBest").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("improvement").ValueKind);
    }

    [Fact]
    public async Task TwentyConcurrentRetriesWithOneIdempotencyKeyStoreOneRun()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Team Kortsluiting");
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await http.PostRunAsync(team, """{"durationMs":15300,"completed":true,"note":"Nieuwe banden"}""", key);
            return (response.StatusCode, Run: await response.Content.ReadFromJsonAsync<CourseRun>(ApiClient.Json, TestContext.Current.CancellationToken));
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var stored = Assert.Single((await http.GetRunsAsync(team)).Runs);
        Assert.All(responses, r => Assert.Equal(stored.Id, r.Run!.Id));
    }

    [Fact]
    public async Task TheSameIdempotencyKeyWithAnotherRunIsRefusedWith422()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Schakelaars");
        var key = Guid.NewGuid().ToString();

        using var first = await http.PostRunAsync(team, """{"durationMs":15300,"completed":true}""", key);
        using var second = await http.PostRunAsync(team, """{"durationMs":14100,"completed":true}""", key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        await AssertProblemAsync(second);
        Assert.Equal(15_300, Assert.Single((await http.GetRunsAsync(team)).Runs).DurationMs);
    }

    [Theory]
    [MemberData(nameof(BadRuns))]
    public async Task AnInvalidRunIsA400NamingTheFieldAndStoresNothing(string reason, string body, string field)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Draadkrachten");

        using var response = await http.PostRunAsync(team, body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{reason}: got {response.StatusCode}");
        var problem = await AssertProblemAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{reason}: {field} is not named");
        Assert.Empty((await http.GetRunsAsync(team)).Runs);
    }

    [Theory]
    [MemberData(nameof(UnreadableRuns))]
    public async Task AnUnreadableRunIsA400AndStoresNothing(string reason, string body)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Draadkrachten");

        using var response = await http.PostRunAsync(team, body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{reason}: got {response.StatusCode}");
        await AssertProblemAsync(response);
        Assert.Empty((await http.GetRunsAsync(team)).Runs);
    }

    [Fact]
    public async Task AConstructionChallengeAnswersRunsWith422()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync("construction");
        var team = await http.RegisterTeamAsync(challenge.Id, "De Metselaars");

        using var post = await http.PostRunAsync(team, """{"durationMs":12000,"completed":true}""");
        using var get = await http.GetAsync(RunsApiClient.RunsPath(team), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, post.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, get.StatusCode);
        Assert.Contains("electro", (await AssertProblemAsync(post)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertProblemAsync(get);
    }

    [Fact]
    public async Task RunsOfATeamOfAnotherChallengeOrOfNoTeamAreNotFound()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var other = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(other.Id, "Volt Vooruit");
        var lost = team with { ChallengeId = challenge.Id };
        var unknown = team with { Id = Guid.NewGuid() };

        using var post = await http.PostRunAsync(lost, """{"durationMs":12000,"completed":true}""");
        using var get = await http.GetAsync(RunsApiClient.RunsPath(unknown), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        await AssertProblemAsync(post);
        await AssertProblemAsync(get);
        Assert.Empty((await http.GetRunsAsync(team)).Runs);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}
