using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Hosting;

public sealed class BadInputTests(SiloFixture silo)
{
    public static TheoryData<string, string, string, HttpStatusCode> Cases => new()
    {
        { "empty milestone title", "milestones", """{"title":"  ","story":"","competenceIds":[]}""", HttpStatusCode.BadRequest },
        { "story too long", "milestones", $$"""{"title":"Klaar","story":"{{new string('x', 1001)}}","competenceIds":[]}""", HttpStatusCode.BadRequest },
        { "unknown competence", "milestones", """{"title":"Klaar","competenceIds":["zingen"]}""", HttpStatusCode.UnprocessableEntity },
        { "unknown order as evidence", "milestones", $$"""{"title":"Klaar","orderIds":["{{Guid.NewGuid()}}"]}""", HttpStatusCode.UnprocessableEntity },
        { "malformed json", "milestones", """{"title":""", HttpStatusCode.BadRequest },
        { "level 5", "badges", """{"competenceId":"bedraden","level":5,"feedback":"Knap gedaan"}""", HttpStatusCode.BadRequest },
        { "level 0", "badges", """{"competenceId":"bedraden","level":0,"feedback":"Knap gedaan"}""", HttpStatusCode.BadRequest },
        { "badge without feedback", "badges", """{"competenceId":"bedraden","level":2,"feedback":""}""", HttpStatusCode.BadRequest },
        { "badge for unknown competence", "badges", """{"competenceId":"zingen","level":2,"feedback":"Knap gedaan"}""", HttpStatusCode.UnprocessableEntity },
        { "badge with foreign evidence", "badges", $$"""{"competenceId":"bedraden","level":2,"feedback":"Knap","milestoneIds":["{{Guid.NewGuid()}}"]}""", HttpStatusCode.UnprocessableEntity },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInputGetsProblemDetailsAndChangesNothing(string reason, string resource, string body, HttpStatusCode expected)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Draadkrachten");
        var before = await http.GetWallAsync(challenge.Id);

        using var response = await http.PostAsync(
            $"/api/challenges/{challenge.Id}/teams/{team.Id}/{resource}", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.True(expected == response.StatusCode, $"{reason}: expected {expected}, got {response.StatusCode}");
        await AssertProblemAsync(response);
        Assert.Equal(before.Sequence, (await http.GetWallAsync(challenge.Id)).Sequence);
        Assert.Empty(await http.GetFromJsonAsync<JsonElement[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/{resource}", TestContext.Current.CancellationToken) ?? []);
    }

    [Fact]
    public async Task InvalidFieldsAreNamedInTheProblem()
    {
        using var http = silo.CreateClient();

        using var response = await http.PostAsJsonAsync("/api/challenges", new { title = "", sector = "chemistry" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await AssertProblemAsync(response);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("sector", out _));
    }

    [Theory]
    [InlineData("/api/challenges/{0}")]
    [InlineData("/api/challenges/{0}/wall")]
    [InlineData("/api/challenges/{0}/teams")]
    [InlineData("/api/challenges/not-a-guid")]
    public async Task UnknownChallengesAnswer404WithProblemDetails(string template)
    {
        using var http = silo.CreateClient();

        using var response = await http.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Guid.NewGuid()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertProblemAsync(response);
    }

    [Fact]
    public async Task AMilestoneForATeamOfAnotherChallengeIsNotFound()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var other = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(other.Id, "Volt Vooruit");

        using var response = await http.PostAsJsonAsync(
            $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", new { title = "Verdwaald", competenceIds = Array.Empty<string>() }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertProblemAsync(response);
        Assert.Equal(0, (await http.GetWallAsync(other.Id)).MilestonesLogged);
    }

    [Fact]
    public async Task ATeamNameTakenByAnotherSchoolIsAConflict()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await http.RegisterTeamAsync(challenge.Id, "De Vonk", "VTI Brugge");

        using var response = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams", new { name = "de vonk", school = "KTA Gent" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await AssertProblemAsync(response);
        Assert.Single(await http.GetFromJsonAsync<TeamDetails[]>($"/api/challenges/{challenge.Id}/teams", ApiClient.Json, TestContext.Current.CancellationToken) ?? []);
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
