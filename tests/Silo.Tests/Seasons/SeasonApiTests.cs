using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Seasons;

public sealed class SeasonApiTests(SiloFixture silo)
{
    [Fact]
    public async Task AnyoneSeesTheVenuesAndTheirTeamsButTheInvitationIsTheOrganisersAndTheTeamsOwn()
    {
        using var http = silo.CreateClient();
        using var anonymous = silo.CreateAnonymousClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var zon = await http.RegisterTeamAsync(challenge.Id, "Zonnekracht");
        await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds", new { name = "Halve finales" });
        var final = (await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds", new { name = "Finale" })).Rounds[1];
        await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds/{final.Id}/venues", new { name = "Technopolis", date = "2027-05-20", address = "Mechelen" });
        await SendAsync(http, HttpMethod.Put, $"/api/challenges/{challenge.Id}/season/rounds/{final.Id}/invitation", new { teamIds = new[] { vonk.Id }, reason = "Eén team per school" });

        var seen = await anonymous.GetFromJsonAsync<SeasonDetails>($"/api/challenges/{challenge.Id}/season", ApiClient.Json, TestContext.Current.CancellationToken);
        var vonkSeason = await http.GetFromJsonAsync<TeamSeason>($"/api/challenges/{challenge.Id}/teams/{vonk.Id}/season", ApiClient.Json, TestContext.Current.CancellationToken);
        var zonSeason = await http.GetFromJsonAsync<TeamSeason>($"/api/challenges/{challenge.Id}/teams/{zon.Id}/season", ApiClient.Json, TestContext.Current.CancellationToken);

        Assert.Equal(["De Vonk"], seen!.Rounds[1].Venues[0].Teams.Select(t => t.Name));
        Assert.All(seen.Rounds, round => Assert.Null(round.Invitation));
        Assert.Equal((true, "Eén team per school"), (vonkSeason!.Rounds[1].Invited, vonkSeason.Rounds[1].InvitationReason));
        Assert.Equal((false, null), (zonSeason!.Rounds[1].Invited, zonSeason.Rounds[1].InvitationReason));
    }

    [Fact]
    public async Task NoSeasonResponseCarriesAMeritField()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var round = (await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds", new { name = "Halve finales" })).Rounds[0];
        var venue = (await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds/{round.Id}/venues", new { name = "Gent", date = "2027-04-23", address = "Gent" })).Rounds[0].Venues[0];
        await SendAsync(http, HttpMethod.Put, $"/api/challenges/{challenge.Id}/season/venues/{venue.Id}/teams", new { teamIds = new[] { team.Id } });
        var milestone = await http.LogMilestoneAsync(team, "Schakeling getest", "bedraden");
        await http.AwardBadgeAsync(team, "bedraden", 2, milestone.Id);
        var board = $"/api/challenges/{challenge.Id}/season/venues/{venue.Id}/board";
        (await http.PostAsJsonAsync($"{board}/nominations", new { teamId = team.Id, categoryId = "proces", reason = "Elke stap in het logboek" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"{board}/recognitions", new { teamId = team.Id, categoryId = "proces", reason = "Elke stap in het logboek" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"{board}/publish", new { }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        foreach (var path in new[] { "season", "season/plan", $"teams/{team.Id}/season", "recognition-categories", $"season/venues/{venue.Id}/board", $"season/venues/{venue.Id}/ceremony" })
        {
            var json = await http.GetFromJsonAsync<JsonElement>($"/api/challenges/{challenge.Id}/{path}", TestContext.Current.CancellationToken);
            Assert.Empty(MeritFields.In(json));
        }
    }

    [Fact]
    public async Task BadInputIsAProblemAndChangesNothing()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var round = (await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challenge.Id}/season/rounds", new { name = "Halve finales" })).Rounds[0];
        var before = await http.GetStringAsync($"/api/challenges/{challenge.Id}/season/plan", TestContext.Current.CancellationToken);

        using var noDate = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/season/rounds/{round.Id}/venues", new { name = "Gent", address = "Gent" }, TestContext.Current.CancellationToken);
        using var unknownRound = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/season/rounds/{Guid.NewGuid()}/venues", new { name = "Gent", date = "2027-04-23", address = "Gent" }, TestContext.Current.CancellationToken);
        using var firstRound = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/season/rounds/{round.Id}/invitation", new { teamIds = Array.Empty<Guid>(), reason = "Iedereen" }, TestContext.Current.CancellationToken);

        Assert.EndsWith("/invalid-fields", (await noDate.AssertProblemAsync(HttpStatusCode.BadRequest)).Type);
        Assert.EndsWith("/round-not-found", (await unknownRound.AssertProblemAsync(HttpStatusCode.NotFound)).Type);
        Assert.EndsWith("/first-round-for-every-team", (await firstRound.AssertProblemAsync(HttpStatusCode.Conflict)).Type);
        Assert.Equal(before, await http.GetStringAsync($"/api/challenges/{challenge.Id}/season/plan", TestContext.Current.CancellationToken));
    }

    private static async Task<SeasonDetails> SendAsync(HttpClient http, HttpMethod method, string path, object body)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ApiClient.Json) }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SeasonDetails>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }
}
