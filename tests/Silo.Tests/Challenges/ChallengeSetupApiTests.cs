using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Silo.Tests.Challenges;

public sealed class ChallengeSetupApiTests(SiloFixture silo)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnExportedFrameworkImportsIntoAnotherChallenge()
    {
        using var http = silo.CreateClient();
        var source = await DraftAsync(http, "construction");
        var target = await DraftAsync(http, "electro");

        var exported = await http.GetStringAsync($"/api/challenges/{source.Id}/framework", Token);
        using var imported = await http.PutAsync($"/api/challenges/{target.Id}/framework", new StringContent(exported, System.Text.Encoding.UTF8, "application/json"), Token);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal("challengehub.framework/1", JsonDocument.Parse(exported).RootElement.GetProperty("format").GetString());
        var stored = await http.GetFromJsonAsync<ChallengeDetails>($"/api/challenges/{target.Id}", ApiClient.Json, Token);
        Assert.Equal(source.Competences.Select(c => c.Id), stored!.Competences.Select(c => c.Id));
        Assert.Equal(source.Competences.Select(c => c.Levels[3].Descriptor!.Fr), stored.Competences.Select(c => c.Levels[3].Descriptor!.Fr));
    }

    [Fact]
    public async Task AnInvalidFrameworkIsRefusedWithFieldErrorsAndNothingChanges()
    {
        using var http = silo.CreateClient();
        var challenge = await DraftAsync(http);

        using var response = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/framework",
            new { competences = new[] { new { id = "Niet Geldig", name = new { nl = "" }, levels = Array.Empty<object>() } } }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("competences[0].id", out _));
        Assert.True(errors.TryGetProperty("competences[0].levels", out _));
        Assert.True(errors.TryGetProperty("competences[0].name.nl", out _));
        var stored = await http.GetFromJsonAsync<ChallengeDetails>($"/api/challenges/{challenge.Id}", ApiClient.Json, Token);
        Assert.Equal(challenge.Competences.Select(c => c.Id), stored!.Competences.Select(c => c.Id));
    }

    [Fact]
    public async Task RemovingACompetenceFromARunningChallengeIsAConflict()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();

        using var response = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/framework",
            new FrameworkDocument(null, challenge.Competences.RemoveAt(challenge.Competences.Length - 1)), ApiClient.Json, Token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(challenge.Competences[^1].Id, (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await http.GetFromJsonAsync<ChallengeDetails>($"/api/challenges/{challenge.Id}", ApiClient.Json, Token);
        Assert.Equal(challenge.Competences.Length, stored!.Competences.Length);
    }

    [Fact]
    public async Task TheLifecycleMovesOneExplicitStepAtATime()
    {
        using var http = silo.CreateClient();
        var challenge = await DraftAsync(http);

        using var skipped = await http.PostAsync($"/api/challenges/{challenge.Id}/start", null, Token);
        using var earlyTeam = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams", new { name = "De Vonk", school = "VTI Brugge" }, Token);
        var opened = await http.AdvanceAsync(challenge.Id, "open");
        var running = await http.AdvanceAsync(challenge.Id, "start");

        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, earlyTeam.StatusCode);
        Assert.Equal((ChallengeStatus.Open, ChallengeStatus.Running), (opened.Status, running.Status));
        var listed = await http.GetFromJsonAsync<ChallengeSummary[]>("/api/challenges", ApiClient.Json, Token);
        Assert.Equal(ChallengeStatus.Running, listed!.Single(c => c.Id == challenge.Id).Status);
    }

    [Fact]
    public async Task ClosingNamesTheTeamsWithoutABadgeAndRecordsAnOverrideWithHowManyTeamsThereWere()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var recognised = await http.RegisterTeamAsync(challenge.Id, "Team Spanningsveld");
        await http.RegisterTeamAsync(challenge.Id, "De Draadkrachten");
        await http.AwardBadgeAsync(recognised, "bedraden", 2);
        await http.AdvanceAsync(challenge.Id, "showcase");

        var check = await http.GetFromJsonAsync<ClosingCheck>($"/api/challenges/{challenge.Id}/closing", ApiClient.Json, Token);
        using var refused = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/close", new { }, Token);
        using var closed = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/close", new { @override = true, reason = "Jury komt volgende week langs." }, Token);

        Assert.Equal(["De Draadkrachten"], check!.TeamsWithoutBadge.Select(t => t.Name));
        Assert.Equal(2, check.TeamCount);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("De Draadkrachten", (await refused.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var after = (await http.GetFromJsonAsync<ClosingCheck>($"/api/challenges/{challenge.Id}/closing", ApiClient.Json, Token))!;
        var decision = after.Decision!;
        Assert.Equal((true, "Jury komt volgende week langs."), (decision.Override, decision.Reason));
        Assert.Equal((2, 2), (decision.TeamCount, after.TeamCount));
    }

    [Fact]
    public async Task AMilestoneAfterTheShowcaseIsAConflictAndStoresNothing()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Volt Vooruit");
        await http.AdvanceAsync(challenge.Id, "showcase");

        using var response = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", new { title = "Te laat" }, Token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, (await http.GetWallAsync(challenge.Id)).MilestonesLogged);
    }

    [Fact]
    public async Task AScheduleIsStoredAndAnImpossibleOneIsRefused()
    {
        using var http = silo.CreateClient();
        var challenge = await DraftAsync(http);

        using var refused = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/schedule", new { start = "2027-05-01", end = "2027-02-01" }, Token);
        using var stored = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/schedule",
            new { start = "2027-02-01", end = "2027-05-28", eventDay = "2027-05-28", phases = new[] { new { name = "Ontwerpen", start = "2027-02-01", end = "2027-03-01" } } }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var schedule = (await http.GetFromJsonAsync<ChallengeDetails>($"/api/challenges/{challenge.Id}", ApiClient.Json, Token))!.Schedule!;
        Assert.Equal((new DateOnly(2027, 5, 28), "Ontwerpen"), (schedule.EventDay!.Value, schedule.Phases.Single().Name));
    }

    private static async Task<ChallengeDetails> DraftAsync(HttpClient http, string sector = "electro")
    {
        using var response = await http.PostAsJsonAsync("/api/challenges", new { title = $"Challenge {Guid.NewGuid():N}", sector }, Token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ChallengeDetails>(ApiClient.Json, Token))!;
    }
}
