using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Silo.Seasons;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Seasons;

public sealed class JoinCardsApiTests(SiloFixture silo)
{
    [Fact]
    public async Task AVenuesSheetHoldsItsTeamsByNameAndTheOtherSheetTheTeamsWithoutAVenue()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var zon = await http.RegisterTeamAsync(challenge.Id, "Zonnekracht");
        var ampere = await http.RegisterTeamAsync(challenge.Id, "Ampère");
        await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var venue = await VenueWithAsync(http, challenge.Id, zon.Id, ampere.Id);

        var atVenue = await SheetAsync(http, challenge.Id, $"?venue={venue.Id}");
        var withoutVenue = await SheetAsync(http, challenge.Id, "?withoutVenue=true");
        var all = await SheetAsync(http, challenge.Id, "");

        Assert.Equal(["Ampère", "Zonnekracht"], atVenue.Cards.Select(c => c.Name));
        Assert.Equal(("Provinciehuis Gent", new DateOnly(2027, 4, 23)), (atVenue.VenueName, atVenue.VenueDate));
        Assert.Equal([ampere.JoinCode, zon.JoinCode], atVenue.Cards.Select(c => c.JoinCode));
        Assert.Equal(new Uri(http.BaseAddress!, $"/tablet.html?join={ampere.JoinCode}").ToString(), atVenue.Cards[0].JoinLink);
        Assert.StartsWith("<svg", atVenue.Cards[0].QrCodeSvg.TrimStart()[..4]);
        Assert.Equal(["De Vonk"], withoutVenue.Cards.Select(c => c.Name));
        Assert.Equal(["Ampère", "De Vonk", "Zonnekracht"], all.Cards.Select(c => c.Name));
    }

    [Fact]
    public async Task ACoachPrintsTheCardsOfTheTeamsTheyCoachOnly()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        var own = await coach.RegisterTeamAsync(challenge.Id, "Eigen Team");
        await organiser.RegisterTeamAsync(challenge.Id, "Ander Team");

        var sheet = await SheetAsync(coach, challenge.Id, "");

        Assert.Equal([(own.Name, own.JoinCode)], sheet.Cards.Select(c => (c.Name, c.JoinCode)));
    }

    [Fact]
    public async Task AnUnknownVenueIsAProblemAndNoCardCarriesAMeritField()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var venue = await VenueWithAsync(http, challenge.Id, team.Id);

        using var unknown = await http.GetAsync($"/api/challenges/{challenge.Id}/join-cards?venue={Guid.NewGuid()}", TestContext.Current.CancellationToken);
        var json = await http.GetFromJsonAsync<JsonElement>($"/api/challenges/{challenge.Id}/join-cards?venue={venue.Id}", TestContext.Current.CancellationToken);

        Assert.EndsWith("/venue-not-found", (await unknown.AssertProblemAsync(HttpStatusCode.NotFound)).Type);
        Assert.Empty(MeritFields.In(json));
    }

    private static async Task<JoinCardsApi.JoinCardSheet> SheetAsync(HttpClient http, Guid challengeId, string query) =>
        (await http.GetFromJsonAsync<JoinCardsApi.JoinCardSheet>($"/api/challenges/{challengeId}/join-cards{query}", ApiClient.Json, TestContext.Current.CancellationToken))!;

    /// <summary>A round with one venue, Provinciehuis Gent on 23 April 2027, and these teams sent there.</summary>
    internal static async Task<SeasonVenue> VenueWithAsync(HttpClient http, Guid challengeId, params Guid[] teamIds)
    {
        var round = (await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challengeId}/season/rounds", new { name = "Halve finales" })).Rounds[0];
        var venue = (await SendAsync(http, HttpMethod.Post, $"/api/challenges/{challengeId}/season/rounds/{round.Id}/venues", new { name = "Provinciehuis Gent", date = "2027-04-23", address = "Woodrow Wilsonplein 2, Gent" })).Rounds[0].Venues[0];
        await SendAsync(http, HttpMethod.Put, $"/api/challenges/{challengeId}/season/venues/{venue.Id}/teams", new { teamIds });
        return venue;
    }

    private static async Task<SeasonDetails> SendAsync(HttpClient http, HttpMethod method, string path, object body)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ApiClient.Json) }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SeasonDetails>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }
}
