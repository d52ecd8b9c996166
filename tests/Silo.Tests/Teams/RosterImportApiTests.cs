using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Teams;

public sealed class RosterImportApiTests(SiloFixture silo)
{
    [Fact]
    public async Task BadLinesAreAnsweredByNumberAndNoTeamOfTheListIsRegistered()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        await organiser.RegisterTeamAsync(challenge.Id, "Bezet", "GO! Atheneum Gent");
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        const string csv = "Teamnaam;School\nDe Vonk;VTI Brugge\n;VTI Brugge\nDe Vonk\nBezet\n\"Open;VTI\n";

        using var response = await coach.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/import", new { csv, school = "VTI Brugge" }, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.EndsWith("/roster-rows-invalid", problem.Type);
        var errors = ((JsonElement)problem.Extensions["errors"]!).Deserialize<Dictionary<string, string[]>>()!;
        Assert.Equal(
            new Dictionary<string, string[]> { ["3"] = ["roster-name-missing"], ["4"] = ["roster-name-twice"], ["5"] = ["team-name-taken"], ["6"] = ["roster-quote-open"] },
            errors);
        Assert.Equal(["Bezet"], (await TeamsAsync(organiser, challenge.Id)).Select(t => t.Name));
    }

    [Fact]
    public async Task AListAsExcelSavesItRegistersEveryTeamOnceAndTheSameListAgainChangesNothing()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        const string csv = "\uFEFFTeamnaam;School\r\n\"Zon; en \"\"Kracht\"\"\";GO! Atheneum Gent\r\nAmpère\r\n\r\nDe Vonk;\r\n";
        var body = new { csv, school = "VTI Brugge" };

        var first = await ImportAsync(coach, challenge.Id, body);
        var again = await ImportAsync(coach, challenge.Id, body);

        Assert.Equal(["Ampère", "De Vonk", "Zon; en \"Kracht\""], first.Select(t => t.Name));
        Assert.Equal(["VTI Brugge", "VTI Brugge", "GO! Atheneum Gent"], first.Select(t => t.School));
        Assert.All(first, team => Assert.Matches("^[A-Z2-9]{6}$", team.JoinCode));
        Assert.Equal(first.Select(t => (t.Id, t.JoinCode)), again.Select(t => (t.Id, t.JoinCode)));
        Assert.Equal(first.Select(t => t.Id), (await TeamsAsync(organiser, challenge.Id)).Select(t => t.Id));
    }

    [Fact]
    public async Task ACommaSeparatedListWorksAndAnEmptyOneIsAProblem()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();

        var teams = await ImportAsync(organiser, challenge.Id, new { csv = "Ampère,VTI Brugge\n\"De Vonk, twee\",VTI Gent\n", school = "" });
        using var empty = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/import", new { csv = "Teamnaam\n\n", school = "VTI Brugge" }, TestContext.Current.CancellationToken);

        Assert.Equal([("Ampère", "VTI Brugge"), ("De Vonk, twee", "VTI Gent")], teams.Select(t => (t.Name, t.School)));
        Assert.EndsWith("/roster-empty", (await empty.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).Type);
    }

    private static async Task<TeamDetails[]> ImportAsync(HttpClient http, Guid challengeId, object body)
    {
        using var response = await http.PostAsJsonAsync($"/api/challenges/{challengeId}/teams/import", body, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TeamDetails[]>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }

    private static async Task<TeamDetails[]> TeamsAsync(HttpClient http, Guid challengeId) =>
        (await http.GetFromJsonAsync<TeamDetails[]>($"/api/challenges/{challengeId}/teams", ApiClient.Json, TestContext.Current.CancellationToken))!;
}
