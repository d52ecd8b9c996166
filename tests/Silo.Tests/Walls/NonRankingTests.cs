using System.Net.Http.Json;
using System.Text.Json;

namespace ChallengeHub.Silo.Tests.Walls;

public sealed class NonRankingTests(SiloFixture silo)
{
    [Fact]
    public async Task TheWallListsTeamsByNameWhateverTheirLevels()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var zonnepanelen = await http.RegisterTeamAsync(challenge.Id, "Zonnepanelen");
        await http.RegisterTeamAsync(challenge.Id, "de Vonk");
        await http.RegisterTeamAsync(challenge.Id, "Ährends");
        await http.RegisterTeamAsync(challenge.Id, "bouwers");
        var milestone = await http.LogMilestoneAsync(zonnepanelen, "Eerste rit", "ontwerpen-bouwen");
        await http.AwardBadgeAsync(zonnepanelen, "ontwerpen-bouwen", 4, milestone.Id);

        var wall = await http.GetWallAsync(challenge.Id);

        Assert.Equal(["Ährends", "bouwers", "de Vonk", "Zonnepanelen"], wall.Teams.Select(t => t.Name));
    }

    [Fact]
    public async Task NoResponseCarriesAMeritField()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Team Fundament");
        var milestone = await http.LogMilestoneAsync(team, "Grondplan uitgezet", "bedraden");
        await http.AwardBadgeAsync(team, "bedraden", 3, milestone.Id);

        string[] paths =
        [
            "/api/challenges", $"/api/challenges/{challenge.Id}", $"/api/challenges/{challenge.Id}/teams", $"/api/challenges/{challenge.Id}/wall",
            $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", $"/api/challenges/{challenge.Id}/teams/{team.Id}/badges",
            $"/api/challenges/{challenge.Id}/framework", $"/api/challenges/{challenge.Id}/closing",
            $"/api/challenges/{challenge.Id}/shop/catalogue", $"/api/challenges/{challenge.Id}/teams/{team.Id}/budget",
            $"/api/challenges/{challenge.Id}/kit-template", $"/api/challenges/{challenge.Id}/kit-issues",
            $"/api/challenges/{challenge.Id}/teams/{team.Id}/kit", $"/api/challenges/{challenge.Id}/teams/{team.Id}/runs",
        ];
        foreach (var path in paths)
        {
            var json = await http.GetFromJsonAsync<JsonElement>(path, TestContext.Current.CancellationToken);
            Assert.Empty(MeritFields.In(json));
        }
    }

    [Fact]
    public void TheMeritCheckFlagsAMeritField()
    {
        var json = JsonSerializer.SerializeToElement(new { teams = new[] { new { name = "A", wallRank = 1 } } });

        Assert.Equal(["wallRank"], MeritFields.In(json));
    }
}
