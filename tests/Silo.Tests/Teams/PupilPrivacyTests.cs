using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Tests.Evidence;
using SkiaSharp;

namespace ChallengeHub.Silo.Tests.Teams;

public sealed class PupilPrivacyTests(SiloFixture silo)
{
    [Fact]
    public async Task AConsentChangeReachesAConnectedWallInItsNextPushAndWithdrawingItHidesTheNicknameAgain()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        var team = await coach.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        using var lotte = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        var logged = await lotte.LogMilestoneAsync(team, "Motor getest", "meten-testen");
        var pupil = Assert.Single(await PupilsAsync(coach, team));
        await using var wall = await WallWatcher.StartAsync(silo.BaseAddress, challenge.Id, cancellationToken);

        Assert.Equal((null, 1), (wall.Snapshot.Teams.Single().RecentMilestones.Single().Author, wall.Snapshot.Teams.Single().Pupils));
        Assert.Empty(wall.Snapshot.Teams.Single().Members!.Value);

        await SetConsentAsync(coach, team, pupil.Id, wall: true);
        var granted = Assert.Single(await wall.ReceiveAsync(1, cancellationToken));
        await SetConsentAsync(coach, team, pupil.Id, wall: false);
        var withdrawn = Assert.Single(await wall.ReceiveAsync(1, cancellationToken));

        Assert.Equal((WallDeltaKind.TeamChanged, team.Id), (granted.Kind, granted.TeamId));
        Assert.Equal(["Lotte"], granted.Team!.Members!.Value);
        Assert.Equal((logged.Id, "Lotte"), (granted.Team.RecentMilestones.Single().Id, granted.Team.RecentMilestones.Single().Author));
        Assert.Equal(WallDeltaKind.TeamChanged, withdrawn.Kind);
        Assert.Empty(withdrawn.Team!.Members!.Value);
        Assert.Null(withdrawn.Team.RecentMilestones.Single().Author);
        Assert.DoesNotContain("Lotte", await silo.CreateAnonymousClient().GetStringAsync($"/api/challenges/{challenge.Id}/wall", cancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCoachExportsEverythingAboutAPupilAndAfterTheEraseItIsGoneFromEveryViewWhileTheBadgeStays()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        var team = await coach.RegisterTeamAsync(challenge.Id, "De Schakelaars");
        using var yasmine = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Yasmine");
        var photo = await yasmine.UploadPhotoAsync(team, TestPhotos.Encode(64, 48, SKEncodedImageFormat.Png));
        using var logged = await yasmine.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones",
            new { title = "Sturing gesoldeerd", story = "Yasmine soldeerde de print.", competenceIds = new[] { "meten-testen" }, photoIds = new[] { photo.Id } },
            ApiClient.Json, cancellationToken);
        logged.EnsureSuccessStatusCode();
        var milestone = (await logged.Content.ReadFromJsonAsync<Milestone>(ApiClient.Json, cancellationToken))!;
        await organiser.AwardBadgeAsync(team, "meten-testen", 2, milestone.Id);
        var pupil = Assert.Single(await PupilsAsync(coach, team));
        await SetConsentAsync(coach, team, pupil.Id, wall: true);
        var pupilPath = $"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils/{pupil.Id}";

        using var export = await coach.GetAsync($"{pupilPath}/export", cancellationToken);
        export.EnsureSuccessStatusCode();
        var document = await export.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json, cancellationToken);
        Assert.StartsWith("attachment", export.Content.Headers.ContentDisposition?.ToString() ?? export.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("Yasmine", document.GetProperty("data").GetProperty("team").GetProperty("nickname").GetString());
        Assert.Equal("Yasmine soldeerde de print.", document.GetProperty("data").GetProperty("milestones")[0].GetProperty("story").GetString());
        Assert.Equal(photo.Id, document.GetProperty("data").GetProperty("photos")[0].GetProperty("id").GetGuid());

        using var erased = await coach.DeleteAsync(pupilPath, cancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);

        using var again = await coach.GetAsync($"{pupilPath}/export", cancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty(await PupilsAsync(coach, team));
        var stored = Assert.Single(await coach.GetFromJsonAsync<Milestone[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", ApiClient.Json, cancellationToken) ?? []);
        Assert.Equal((string.Empty, null, 0), (stored.Story, stored.AuthorId, stored.PhotoIds?.Length ?? 0));
        Assert.Empty(await coach.ListPhotosAsync(team));
        using var image = await coach.GetAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/evidence/{photo.Id}", cancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, image.StatusCode);
        var wall = await coach.GetWallAsync(challenge.Id);
        Assert.DoesNotContain("Yasmine", JsonSerializer.Serialize(wall, ApiClient.Json), StringComparison.Ordinal);
        Assert.Equal(2, wall.Teams.Single().Competences.Single(c => c.CompetenceId == "meten-testen").Level);
        using var signedOut = await yasmine.GetAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", cancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
    }

    private static async Task<Pupil[]> PupilsAsync(HttpClient http, TeamDetails team) =>
        await http.GetFromJsonAsync<Pupil[]>($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils", ApiClient.Json) ?? [];

    private static async Task SetConsentAsync(HttpClient coach, TeamDetails team, Guid pupilId, bool wall)
    {
        using var response = await coach.PutAsJsonAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils/{pupilId}/consent", new { wall }, ApiClient.Json);
        response.EnsureSuccessStatusCode();
    }
}
