using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Seasons;

/// <summary>In a season, closing the challenge also waits until every team holds a published recognition.</summary>
public sealed class SeasonClosingApiTests(SiloFixture silo)
{
    [Fact]
    public async Task ClosingASeasonNamesTheTeamsWithoutAPublishedRecognitionAndRecordsTheOverride()
    {
        var token = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        await http.AwardBadgeAsync(vonk, "bedraden", 2);
        await http.AwardBadgeAsync(ampere, "bedraden", 2);
        var venue = await VenueOverviewApiTests.VenueWithAsync(http, challenge.Id, vonk.Id, ampere.Id);
        (await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/season/venues/{venue}/board/recognitions",
            new { teamId = vonk.Id, categoryId = "samenwerking", reason = "Iedereen had een rol" }, token)).EnsureSuccessStatusCode();
        await http.AdvanceAsync(challenge.Id, "showcase");

        var unpublished = await http.GetFromJsonAsync<ClosingCheck>($"/api/challenges/{challenge.Id}/closing", ApiClient.Json, token);
        using var refused = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/close", new { }, token);

        Assert.Equal(["Ampère", "De Vonk"], unpublished!.TeamsWithoutRecognition!.Value.Select(t => t.Name));
        Assert.Empty(unpublished.TeamsWithoutBadge);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.EndsWith("/teams-without-recognition", problem.Type);
        Assert.Contains("Ampère, De Vonk", problem.Detail, StringComparison.Ordinal);
        Assert.Equal("showcase", (await http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/challenges/{challenge.Id}", token)).GetProperty("status").GetString());

        (await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/season/venues/{venue}/board/publish",
            new { @override = true, reason = "Ampère was er niet" }, token)).EnsureSuccessStatusCode();
        using var closed = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/close", new { @override = true, reason = "Ampère krijgt zijn erkenning op de finale." }, token);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var decision = (await http.GetFromJsonAsync<ClosingCheck>($"/api/challenges/{challenge.Id}/closing", ApiClient.Json, token))!.Decision!;
        Assert.True(decision.Override);
        Assert.Equal(["Ampère"], decision.TeamsWithoutRecognition!.Value.Select(t => t.Name));
    }
}
