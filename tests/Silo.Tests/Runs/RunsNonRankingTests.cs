using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChallengeHub.Silo.Tests.Runs;

/// <summary>Run times are each team's own: no route, response or wall shows them next to another team's.</summary>
public sealed partial class RunsNonRankingTests(SiloFixture silo)
{
    [Fact]
    public async Task NoRouteReturnsRunsOfMoreThanOneTeam()
    {
        using var http = silo.CreateClient();

        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(["GET /api/challenges/{challengeId}/teams/{teamId}/runs", "POST /api/challenges/{challengeId}/teams/{teamId}/runs"], RoutesReturningRuns(document));
        Assert.DoesNotContain(document.GetProperty("paths").EnumerateObject(), p => p.Name.EndsWith("/runs", StringComparison.Ordinal) && !p.Name.Contains("{teamId}", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRouteCheckFindsARouteThatReturnsRunsThroughNestedSchemas()
    {
        var document = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["paths"] = new Dictionary<string, object>
            {
                ["/api/challenges/{challengeId}/times"] = new { get = Returns("TimeTable") },
                ["/api/challenges/{challengeId}/teams"] = new { get = Returns("TeamDetails") },
            },
            ["components"] = new
            {
                schemas = new Dictionary<string, object>
                {
                    ["TimeTable"] = new { type = "array", items = new Dictionary<string, string> { ["$ref"] = "#/components/schemas/CourseRun" } },
                    ["TeamDetails"] = new { type = "object" },
                    ["CourseRun"] = new { type = "object" },
                },
            },
        });

        Assert.Equal(["GET /api/challenges/{challengeId}/times"], RoutesReturningRuns(document));
    }

    [Fact]
    public async Task RunResponsesCarryNoMeritField()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Snelle Stroom");
        await http.RecordRunAsync(team, 21_000);
        await http.RecordRunAsync(team, 19_500);

        using var posted = await http.PostRunAsync(team, """{"durationMs":18000,"completed":true,"note":"Lichter chassis"}""");
        var overview = await http.GetFromJsonAsync<JsonElement>(RunsApiClient.RunsPath(team), TestContext.Current.CancellationToken);

        Assert.Empty(MeritFields.In(await posted.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)));
        Assert.Empty(MeritFields.In(overview));
        Assert.Equal(["improvement", "personalBest", "runs"], overview.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheMeritCheckFlagsAFastestTeamField()
    {
        var json = JsonSerializer.SerializeToElement(new { runs = new[] { new { durationMs = 1, fastestTeam = "A" } } });

        Assert.Equal(["fastestTeam"], MeritFields.In(json));
    }

    [Fact]
    public async Task TheWallCarriesNoRunTimes()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Team Ampère");
        await http.RegisterTeamAsync(challenge.Id, "De Weerstanders");
        var before = await http.GetWallAsync(challenge.Id);

        await http.RecordRunAsync(team, 17_321);

        var wall = await http.GetStringAsync($"/api/challenges/{challenge.Id}/wall", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("17321", wall, StringComparison.Ordinal);
        Assert.DoesNotMatch(RunOrDuration(), wall);
        Assert.Equal(before.Sequence, (await http.GetWallAsync(challenge.Id)).Sequence);
    }

    /// <summary>"METHOD path" of every operation whose responses can hold a CourseRun, directly or through other schemas.</summary>
    private static List<string> RoutesReturningRuns(JsonElement document)
    {
        var schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var all)
            ? all.EnumerateObject().ToDictionary(s => s.Name, s => s.Value)
            : [];
        return
        [
            .. from path in document.GetProperty("paths").EnumerateObject()
               from operation in path.Value.EnumerateObject()
               where operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("responses", out var responses)
                   && Refers(responses, schemas, [])
               select $"{operation.Name.ToUpperInvariant()} {path.Name}",
        ];
    }

    private static bool Refers(JsonElement element, Dictionary<string, JsonElement> schemas, HashSet<string> seen) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p =>
            p.Name == "$ref" && p.Value.GetString()?.Split('/')[^1] is { } name
                ? name == "CourseRun" || (seen.Add(name) && schemas.TryGetValue(name, out var schema) && Refers(schema, schemas, seen))
                : Refers(p.Value, schemas, seen)),
        JsonValueKind.Array => element.EnumerateArray().Any(e => Refers(e, schemas, seen)),
        _ => false,
    };

    private static Dictionary<string, object> Returns(string schema) => new Dictionary<string, object>
    {
        ["responses"] = new Dictionary<string, object>
        {
            ["200"] = new { content = new Dictionary<string, object> { ["application/json"] = new { schema = new Dictionary<string, string> { ["$ref"] = $"#/components/schemas/{schema}" } } } },
        },
    };

    [GeneratedRegex("\"[a-zA-Z]*(?:[rR]un|[dD]uration)[a-zA-Z]*\"\\s*:")]
    private static partial Regex RunOrDuration();
}
