using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Badges;

public sealed class JurorsApiTests(SiloFixture silo)
{
    [Fact]
    public async Task AnInvitedJurorAwardsAsThemselvesAndARevocationReachesWatchingWallsWithTheNextSequenceNumber()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        using var juror = await organiser.InvitedAsync(challenge.Id, "juror");
        await using var watcher = await WallWatcher.StartAsync(silo.BaseAddress, challenge.Id, cancellationToken);

        var high = await AwardAsync(juror, team, "bedraden", 4);
        var low = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        using var revoke = await juror.PostAsJsonAsync(BadgesPath(team) + $"/{high.Id}/revoke", new { reason = "Bewijs hoorde bij een ander team." }, ApiClient.Json, cancellationToken);

        revoke.EnsureSuccessStatusCode();
        var deltas = await watcher.ReceiveAsync(3, cancellationToken);
        Assert.Equal([watcher.Snapshot.Sequence + 1, watcher.Snapshot.Sequence + 2, watcher.Snapshot.Sequence + 3], deltas.Select(d => d.Sequence));
        Assert.Equal([WallDeltaKind.BadgeAwarded, WallDeltaKind.BadgeAwarded, WallDeltaKind.BadgeRevoked], deltas.Select(d => d.Kind));
        Assert.Equal([4, 4, 2], deltas.Select(d => d.Competence!.Level));
        Assert.NotNull(high.JurorId);
        Assert.StartsWith("juror ", high.JurorName, StringComparison.Ordinal);
        Assert.NotEqual(high.JurorId, low.JurorId);
        var listed = await juror.GetFromJsonAsync<Badge[]>(BadgesPath(team), ApiClient.Json, cancellationToken);
        Assert.Equal("Bewijs hoorde bij een ander team.", listed!.Single(b => b.Id == high.Id).Revocation!.Reason);
    }

    [Fact]
    public async Task FlaggedFeedbackIsRefusedWithThePhrasesAndSavedOnceTheJurorAcknowledgesIt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var award = new { competenceId = "bedraden", level = 2, shown = "Knap voor een lage richting.", nextStep = "Werk de kabelgoot af." };

        using var refused = await organiser.PostAsJsonAsync(BadgesPath(team), award, ApiClient.Json, cancellationToken);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        using var saved = await organiser.PostAsJsonAsync(BadgesPath(team), new { award.competenceId, award.level, award.shown, award.nextStep, acknowledgeLanguageWarning = true }, ApiClient.Json, cancellationToken);

        var errors = (JsonElement)problem.Extensions["errors"]!;
        Assert.Equal("lage richting", errors.GetProperty("shown")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var badge = await saved.Content.ReadFromJsonAsync<Badge>(ApiClient.Json, cancellationToken);
        Assert.Equal(["lage richting"], badge!.FlaggedPhrases!.Value);
    }

    [Fact]
    public async Task ASafetyCompetenceMissingIsRefusedWithAMessageThatSaysSo()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");

        using var response = await organiser.PostAsJsonAsync(BadgesPath(team),
            new { competenceId = "storingen-zoeken", level = 3, shown = "Jullie vonden de fout snel." }, ApiClient.Json, cancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Safety competence first", problem.Title);
        Assert.Contains("veilig-werken", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOrganiserSeesJurorsLevelsTwoApartByTeamName()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var zonnepanelen = await organiser.RegisterTeamAsync(challenge.Id, "Zonnepanelen");
        var ampere = await organiser.RegisterTeamAsync(challenge.Id, "Ampère");
        using var juror = await organiser.InvitedAsync(challenge.Id, "juror");
        foreach (var team in new[] { zonnepanelen, ampere })
        {
            await AwardAsync(juror, team, "meten-testen", 1);
            await organiser.AwardBadgeAsync(team, "meten-testen", 3);
        }

        var items = await organiser.GetFromJsonAsync<CalibrationItem[]>($"/api/challenges/{challenge.Id}/calibration", ApiClient.Json, cancellationToken);
        using var asJuror = await juror.GetAsync($"/api/challenges/{challenge.Id}/calibration", cancellationToken);

        Assert.Equal(["Ampère", "Zonnepanelen"], items!.Select(i => i.TeamName));
        Assert.All(items!, i => Assert.Equal([1, 3], i.Levels.Select(l => l.Level)));
        Assert.Equal(HttpStatusCode.Forbidden, asJuror.StatusCode);
    }

    [Fact]
    public async Task TheReviewQueueShowsMilestonesNotYetUsedAsEvidenceAndTeamsNotYetVisitedByName()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var visited = await organiser.RegisterTeamAsync(challenge.Id, "Zonnewagen");
        var waiting = await organiser.RegisterTeamAsync(challenge.Id, "Ampère");
        var used = await organiser.LogMilestoneAsync(visited, "Bedrading af", "bedraden");
        var open = await organiser.LogMilestoneAsync(visited, "Metingen genoteerd", "meten-testen");
        var other = await organiser.LogMilestoneAsync(waiting, "Schakeling getekend", "ontwerpen-bouwen");
        await organiser.AwardBadgeAsync(visited, "bedraden", 2, used.Id);
        using var juror = await organiser.InvitedAsync(challenge.Id, "juror");

        var queue = await juror.GetFromJsonAsync<ReviewOverview>($"/api/challenges/{challenge.Id}/review-queue", ApiClient.Json, cancellationToken);
        var filtered = await juror.GetFromJsonAsync<ReviewOverview>($"/api/challenges/{challenge.Id}/review-queue?competence=meten-testen", ApiClient.Json, cancellationToken);
        var oneTeam = await juror.GetFromJsonAsync<ReviewOverview>($"/api/challenges/{challenge.Id}/review-queue?team={waiting.Id}", ApiClient.Json, cancellationToken);

        Assert.Equal(["Ampère", "Zonnewagen"], queue!.Teams.Select(t => t.TeamName));
        Assert.Equal([other.Id], queue.Teams[0].Milestones.Select(m => m.Id));
        Assert.Equal([open.Id], queue.Teams[1].Milestones.Select(m => m.Id));
        Assert.Equal([waiting.Id], queue.NotYetVisited.Select(t => t.Id));
        Assert.Equal([open.Id], filtered!.Teams.SelectMany(t => t.Milestones).Select(m => m.Id));
        Assert.Equal([waiting.Id], oneTeam!.Teams.Select(t => t.TeamId));
    }

    private static string BadgesPath(Grains.Teams.TeamDetails team) => $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/badges";

    private static async Task<Badge> AwardAsync(HttpClient juror, Grains.Teams.TeamDetails team, string competenceId, int level)
    {
        using var response = await juror.PostAsJsonAsync(BadgesPath(team),
            new { competenceId, level, shown = "Jullie werkten nauwkeurig.", nextStep = "Toon het aan een ander team." }, ApiClient.Json, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Badge>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }
}
