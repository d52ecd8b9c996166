using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Silo.Tests.Access;
using ChallengeHub.Silo.Tests.Kits;

namespace ChallengeHub.Silo.Tests.Seasons;

public sealed class VenueOverviewApiTests(SiloFixture silo)
{
    [Fact]
    public async Task TheOverviewShowsPerTeamByNameWhatHappenedTodayAndWhatNotYet()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var zon = await http.RegisterTeamAsync(challenge.Id, "Zonnekracht");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        var elsewhere = await http.RegisterTeamAsync(challenge.Id, "Buiten beeld");
        await http.SetKitTemplateAsync(challenge.Id);
        await http.IssueKitsAsync(challenge.Id);
        var venue = await VenueWithAsync(http, challenge.Id, zon.Id, ampere.Id);
        await http.CheckInAsync(zon, "MOT-12V", "received");
        await http.CheckInAsync(zon, "RLY-5", "missing");
        await http.CheckInAsync(ampere, "MOT-12V", "received");
        var milestone = await http.LogMilestoneAsync(zon, "Schakeling getest", "bedraden");
        await http.LogMilestoneAsync(elsewhere, "Elders gewerkt", "bedraden");
        await http.AwardBadgeAsync(zon, "bedraden", 2, milestone.Id);
        var board = $"/api/challenges/{challenge.Id}/season/venues/{venue}/board/recognitions";
        (await http.PostAsJsonAsync(board, new { teamId = zon.Id, categoryId = "proces", reason = "Elke stap in het logboek" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var overview = await http.GetFromJsonAsync<VenueOverview>($"/api/challenges/{challenge.Id}/season/venues/{venue}/overview", ApiClient.Json, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new VenueOverviewTeam(ampere.Id, "Ampère", ampere.School, KitCheckedIn: false, MilestoneToday: false, JurorVisitedToday: false, HasRecognition: false),
                new VenueOverviewTeam(zon.Id, "Zonnekracht", zon.School, KitCheckedIn: true, MilestoneToday: true, JurorVisitedToday: true, HasRecognition: true),
            ],
            overview!.Teams);
    }

    [Fact]
    public async Task ANominationOnTheVenuesBoardTodayCountsAsAJurorsVisit()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var venue = await VenueWithAsync(http, challenge.Id, team.Id);
        (await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/season/venues/{venue}/board/nominations",
            new { teamId = team.Id, categoryId = "creativiteit", reason = "Een eigen idee voor de behuizing" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var overview = await http.GetFromJsonAsync<JsonElement>($"/api/challenges/{challenge.Id}/season/venues/{venue}/overview", TestContext.Current.CancellationToken);

        Assert.True(overview.GetProperty("teams")[0].GetProperty("jurorVisitedToday").GetBoolean());
        Assert.False(overview.GetProperty("teams")[0].GetProperty("hasRecognition").GetBoolean());
        Assert.Empty(MeritFields.In(overview));
    }

    [Fact]
    public async Task AnUnknownVenueIsAProblem()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();

        using var response = await http.GetAsync($"/api/challenges/{challenge.Id}/season/venues/{Guid.NewGuid()}/overview", TestContext.Current.CancellationToken);

        Assert.EndsWith("/venue-not-found", (await response.AssertProblemAsync(HttpStatusCode.NotFound)).Type);
    }

    /// <summary>A first round with one venue, these teams sent there; answers the venue's id.</summary>
    public static async Task<Guid> VenueWithAsync(HttpClient http, Guid challengeId, params Guid[] teamIds)
    {
        var round = (await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challengeId}/season/rounds", new { name = "Halve finales" })).Rounds[0];
        var venue = (await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challengeId}/season/rounds/{round.Id}/venues", new { name = "Provinciehuis Gent", date = "2027-04-23", address = "Gent" })).Rounds[0].Venues[0];
        await SendAsync(http, HttpMethod.Put, $"/api/challenges/{challengeId}/season/venues/{venue.Id}/teams", new { teamIds });
        return venue.Id;
    }

    private static async Task<SeasonDetails> SendAsync(HttpClient http, HttpMethod method, string path, object body)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ApiClient.Json) }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SeasonDetails>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }
}
