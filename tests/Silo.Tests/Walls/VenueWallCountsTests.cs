using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Tests.Access;
using ChallengeHub.Silo.Tests.Seasons;

namespace ChallengeHub.Silo.Tests.Walls;

public sealed class VenueWallCountsTests(SiloFixture silo)
{
    [Fact]
    public async Task AVenuesCountsSumItsOwnTeamsWhileTheChallengesCountEveryTeam()
    {
        using var http = silo.CreateClient();
        using var anonymous = silo.CreateAnonymousClient();
        var challenge = await http.CreateChallengeAsync();
        var vonk = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var zon = await http.RegisterTeamAsync(challenge.Id, "Zonnekracht");
        var gent = await JoinCardsApiTests.VenueWithAsync(http, challenge.Id, vonk.Id);
        var milestone = await http.LogMilestoneAsync(vonk, "Schakeling getest", "bedraden");
        await http.AwardBadgeAsync(vonk, "bedraden", 2, milestone.Id);
        await http.LogMilestoneAsync(zon, "Paneel gemonteerd", "bedraden");
        await http.LogMilestoneAsync(zon, "Paneel getest", "meten-testen");

        var atGent = await anonymous.GetFromJsonAsync<WallCounts>($"/api/challenges/{challenge.Id}/wall/venues/{gent.Id}/counts", ApiClient.Json, TestContext.Current.CancellationToken);
        var wall = await http.GetWallAsync(challenge.Id);

        Assert.Equal((1, 1, 1), (atGent!.MilestonesLogged, atGent.BadgesAwarded, atGent.CompetencesShownToday));
        Assert.Equal((3, 1, 3), (wall.MilestonesLogged, wall.BadgesAwarded, wall.CompetencesShownToday));
    }

    [Fact]
    public async Task AnUnknownVenueIsAProblemAndTheCountsCarryNoMeritField()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var venue = await JoinCardsApiTests.VenueWithAsync(http, challenge.Id, team.Id);

        using var unknown = await http.GetAsync($"/api/challenges/{challenge.Id}/wall/venues/{Guid.NewGuid()}/counts", TestContext.Current.CancellationToken);
        var json = await http.GetFromJsonAsync<JsonElement>($"/api/challenges/{challenge.Id}/wall/venues/{venue.Id}/counts", TestContext.Current.CancellationToken);

        Assert.EndsWith("/venue-not-found", (await unknown.AssertProblemAsync(HttpStatusCode.NotFound)).Type);
        Assert.Empty(MeritFields.In(json));
    }
}
