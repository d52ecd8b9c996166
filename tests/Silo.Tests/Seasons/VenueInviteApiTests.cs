using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Live;
using ChallengeHub.Silo.Tests.Access;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChallengeHub.Silo.Tests.Seasons;

/// <summary>Jurors and employers invited to one venue work with that venue's teams; a team elsewhere is refused and stays as it was.</summary>
public sealed class VenueInviteApiTests(SiloFixture silo)
{
    [Fact]
    public async Task AVenueJurorAwardsAndDeliberatesForTeamsAtTheirVenue()
    {
        var ct = TestContext.Current.CancellationToken;
        var (organiser, challenge, gent, brugge) = await TwoVenuesAsync();
        using var juror = await organiser.InvitedAsync(challenge, "juror", gent.Venue);
        var milestone = await organiser.LogMilestoneAsync(gent.Team, "Schakeling getest", "bedraden");

        using var awarded = await juror.PostAsJsonAsync(BadgesPath(gent.Team), new { competenceId = "bedraden", level = 2, shown = "Netjes bedraad.", milestoneIds = new[] { milestone.Id } }, ApiClient.Json, ct);
        using var observed = await juror.PostAsJsonAsync(BadgesPath(gent.Team), new { competenceId = "meten-testen", level = 2, shown = "Nauwkeurig gemeten.", observation = "Ik zag elke meting genoteerd." }, ApiClient.Json, ct);
        var badge = (await awarded.Content.ReadFromJsonAsync<Badge>(ApiClient.Json, ct))!;
        using var revoked = await juror.PostAsJsonAsync($"{BadgesPath(gent.Team)}/{badge.Id}/revoke", new { reason = "Verkeerde competentie gekozen." }, ApiClient.Json, ct);
        var board = Board(challenge, gent.Venue);
        using var nominated = await juror.PostAsJsonAsync($"{board}/nominations", new { teamId = gent.Team.Id, categoryId = "proces", reason = "Elke stap in het logboek" }, ApiClient.Json, ct);
        using var recognised = await juror.PostAsJsonAsync($"{board}/recognitions", new { teamId = gent.Team.Id, categoryId = "proces", reason = "Elke stap in het logboek" }, ApiClient.Json, ct);
        using var published = await juror.PostAsJsonAsync($"{board}/publish", new { }, ApiClient.Json, ct);
        using var read = await juror.GetAsync(board, ct);
        var queue = await juror.GetFromJsonAsync<ReviewOverview>($"/api/challenges/{challenge}/review-queue", ApiClient.Json, ct);
        var teams = await juror.GetFromJsonAsync<TeamDetails[]>($"/api/challenges/{challenge}/teams", ApiClient.Json, ct);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.OK], [awarded.StatusCode, observed.StatusCode, revoked.StatusCode]);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [nominated.StatusCode, recognised.StatusCode, published.StatusCode, read.StatusCode]);
        Assert.Equal([gent.Team.Id], queue!.NotYetVisited.Select(t => t.Id).Concat(queue.Teams.Select(t => t.TeamId)).Distinct());
        Assert.Equal(["Ampère"], teams!.Select(t => t.Name));
    }

    [Fact]
    public async Task AVenueJurorIsRefusedForEveryJurorRouteOfATeamOrBoardElsewhereAndNothingChanges()
    {
        var ct = TestContext.Current.CancellationToken;
        var (organiser, challenge, gent, brugge) = await TwoVenuesAsync();
        using var juror = await organiser.InvitedAsync(challenge, "juror", gent.Venue);
        var milestone = await organiser.LogMilestoneAsync(brugge.Team, "Voeding aangesloten", "bedraden");
        var badge = await organiser.AwardBadgeAsync(brugge.Team, "bedraden", 1, milestone.Id);
        var board = Board(challenge, brugge.Venue);
        var before = await ReadAsync(organiser, BadgesPath(brugge.Team), board);

        var refusals = new List<HttpResponseMessage>
        {
            await juror.PostAsJsonAsync(BadgesPath(brugge.Team), new { competenceId = "bedraden", level = 2, shown = "Netjes.", milestoneIds = new[] { milestone.Id } }, ApiClient.Json, ct),
            await juror.PostAsJsonAsync(BadgesPath(brugge.Team), new { competenceId = "meten-testen", level = 2, shown = "Gemeten.", observation = "Ik zag het." }, ApiClient.Json, ct),
            await juror.PostAsJsonAsync($"{BadgesPath(brugge.Team)}/{badge.Id}/revoke", new { reason = "Verkeerde competentie." }, ApiClient.Json, ct),
            await juror.GetAsync(board, ct),
            await juror.PostAsJsonAsync($"{board}/nominations", new { teamId = brugge.Team.Id, categoryId = "proces", reason = "Logboek" }, ApiClient.Json, ct),
            await juror.PostAsJsonAsync($"{board}/recognitions", new { teamId = brugge.Team.Id, categoryId = "proces", reason = "Logboek" }, ApiClient.Json, ct),
            await juror.PostAsJsonAsync($"{board}/publish", new { @override = true, reason = "Iedereen" }, ApiClient.Json, ct),
            await juror.GetAsync($"/api/challenges/{challenge}/review-queue?team={brugge.Team.Id}", ct),
            await juror.GetAsync($"/api/challenges/{challenge}/teams/{brugge.Team.Id}/milestones", ct),
        };

        foreach (var refusal in refusals)
        {
            Assert.EndsWith("/not-allowed", (await refusal.AssertProblemAsync(HttpStatusCode.Forbidden)).Type);
            refusal.Dispose();
        }

        Assert.Equal(before, await ReadAsync(organiser, BadgesPath(brugge.Team), board));
    }

    [Fact]
    public async Task AnEmployerInvitedToOneVenueSeesOnlyThatVenuesTeamsInTheShowcaseOverHttpAndTheHub()
    {
        var ct = TestContext.Current.CancellationToken;
        var (organiser, challenge, gent, brugge) = await TwoVenuesAsync();
        await Browser.ShowcasePageTests.LogConsentedMilestoneAsync(organiser, gent.Team, "Motor getest");
        await Browser.ShowcasePageTests.LogConsentedMilestoneAsync(organiser, brugge.Team, "Lijnvolger afgesteld");
        using var venueEmployer = await Session.RedeemAsync(silo.BaseAddress, await organiser.InviteAsync(challenge, "employer", gent.Venue), "employer");
        using var seasonEmployer = await organiser.InvitedAsync(challenge, "employer");
        var path = $"/api/challenges/{challenge}/showcase";

        var atVenue = await venueEmployer.Http.GetFromJsonAsync<ShowcaseFeed>(path, ApiClient.Json, ct);
        var season = await seasonEmployer.GetFromJsonAsync<ShowcaseFeed>(path, ApiClient.Json, ct);
        await using var connection = venueEmployer.CreateHubConnection();
        await connection.StartAsync(ct);
        var watched = await connection.InvokeAsync<ShowcaseFeed>(nameof(LiveHub.WatchShowcase), challenge, ct);
        using var offerElsewhere = await venueEmployer.Http.PostAsJsonAsync($"/api/challenges/{challenge}/teams/{brugge.Team.Id}/offers", new { kind = "visit", message = "Kom kijken." }, ApiClient.Json, ct);

        Assert.Equal(["Ampère"], atVenue!.Items.Select(i => i.TeamName).Distinct());
        Assert.Equal(["Ampère"], watched.Items.Select(i => i.TeamName).Distinct());
        Assert.Equal(["Ampère", "De Vonk"], season!.Items.Select(i => i.TeamName).Distinct().Order());
        await offerElsewhere.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OnlyJurorsAndEmployersAreInvitedToAVenueAndOnlyToOneOfTheSeason()
    {
        var ct = TestContext.Current.CancellationToken;
        var (organiser, challenge, gent, _) = await TwoVenuesAsync();
        var path = $"/api/challenges/{challenge}/invites";

        using var coach = await organiser.PostAsJsonAsync(path, new { role = "coach", venueId = gent.Venue }, ApiClient.Json, ct);
        using var unknown = await organiser.PostAsJsonAsync(path, new { role = "juror", venueId = Guid.NewGuid() }, ApiClient.Json, ct);
        using var juror = await organiser.PostAsJsonAsync(path, new { role = "juror", venueId = gent.Venue }, ApiClient.Json, ct);
        var listed = await organiser.GetFromJsonAsync<JsonElement>(path, ApiClient.Json, ct);

        Assert.EndsWith("/invalid-fields", (await coach.AssertProblemAsync(HttpStatusCode.BadRequest)).Type);
        Assert.EndsWith("/venue-not-found", (await unknown.AssertProblemAsync(HttpStatusCode.NotFound)).Type);
        Assert.Equal(HttpStatusCode.Created, juror.StatusCode);
        Assert.Equal(gent.Venue, listed.EnumerateArray().Single().GetProperty("invite").GetProperty("venueId").GetGuid());
    }

    private static string BadgesPath(TeamDetails team) => $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/badges";

    private static string Board(Guid challengeId, Guid venueId) => $"/api/challenges/{challengeId}/season/venues/{venueId}/board";

    private static async Task<string> ReadAsync(HttpClient reader, params string[] paths) =>
        string.Join("\n", await Task.WhenAll(paths.Select(path => reader.GetStringAsync(path))));

    /// <summary>A round with two venues: Ampère goes to Gent, De Vonk to Brugge.</summary>
    private async Task<(HttpClient Organiser, Guid Challenge, (Guid Venue, TeamDetails Team) Gent, (Guid Venue, TeamDetails Team) Brugge)> TwoVenuesAsync()
    {
        var organiser = silo.CreateClient();
        var challenge = (await organiser.CreateChallengeAsync()).Id;
        var ampere = await organiser.RegisterTeamAsync(challenge, "Ampère");
        var vonk = await organiser.RegisterTeamAsync(challenge, "De Vonk");
        var round = (await SendAsync(organiser, HttpMethod.Post, $"/api/challenges/{challenge}/season/rounds", new { name = "Halve finales" })).Rounds[0];
        await SendAsync(organiser, HttpMethod.Post, $"/api/challenges/{challenge}/season/rounds/{round.Id}/venues", new { name = "Provinciehuis Gent", date = "2027-04-23", address = "Gent" });
        var venues = (await SendAsync(organiser, HttpMethod.Post, $"/api/challenges/{challenge}/season/rounds/{round.Id}/venues", new { name = "Brugge", date = "2027-04-24", address = "Brugge" })).Rounds[0].Venues;
        var gent = venues.Single(v => v.Name == "Provinciehuis Gent").Id;
        var brugge = venues.Single(v => v.Name == "Brugge").Id;
        await SendAsync(organiser, HttpMethod.Put, $"/api/challenges/{challenge}/season/venues/{gent}/teams", new { teamIds = new[] { ampere.Id } });
        await SendAsync(organiser, HttpMethod.Put, $"/api/challenges/{challenge}/season/venues/{brugge}/teams", new { teamIds = new[] { vonk.Id } });
        return (organiser, challenge, (gent, ampere), (brugge, vonk));
    }

    private static async Task<SeasonDetails> SendAsync(HttpClient http, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ApiClient.Json) };
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SeasonDetails>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }
}
