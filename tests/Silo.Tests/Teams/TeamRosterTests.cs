using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Teams;

/// <summary>The coach enters the roster and its consent before the pupils join; other nicknames wait for the coach.</summary>
public sealed class TeamRosterTests(SiloFixture silo)
{
    [Fact]
    public async Task APupilJoiningWithARosterNicknameHasTheConsentTheCoachRecordedBefore()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (coach, path, team) = await CoachedTeamAsync();
        using var _ = coach;
        using var roster = await coach.Http.PutAsJsonAsync($"{path}/roster", new { nicknames = new[] { "Noor", "Sem" } }, ApiClient.Json, cancellationToken);
        var entry = (await roster.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("roster")[0];

        using var consent = await coach.Http.PutAsJsonAsync($"{path}/roster/{entry.GetProperty("id").GetGuid()}/consent",
            new { wall = true, photos = true }, ApiClient.Json, cancellationToken);
        using var noor = await Session.PupilAsync(silo.BaseAddress, team, "noor");

        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        Assert.Equal("Noor", noor.Info!.DisplayName);
        var pupils = await coach.Http.GetFromJsonAsync<Pupil[]>($"{path}/pupils", ApiClient.Json, cancellationToken);
        var joined = Assert.Single(pupils!);
        Assert.Equal((true, false, true), (joined.Consent.Wall, joined.Consent.Showcase, joined.Consent.Photos));
        using var publicWall = silo.CreateAnonymousClient();
        Assert.Equal(["Noor"], (await publicWall.GetWallAsync(team.ChallengeId)).Teams.Single().Members!.Value.ToArray());
    }

    [Fact]
    public async Task ANicknameBeyondTheRosterWaitsUntilTheCoachApprovesIt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (coach, path, team) = await CoachedTeamAsync();
        using var _ = coach;
        using var roster = await coach.Http.PutAsJsonAsync($"{path}/roster", new { nicknames = new[] { "Noor" } }, ApiClient.Json, cancellationToken);
        using var tablet = Session.Anonymous(silo.BaseAddress);

        using var waiting = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Zoë", pin = "4321" });

        Assert.Equal(HttpStatusCode.Accepted, waiting.StatusCode);
        Assert.True((await waiting.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("awaitingApproval").GetBoolean());
        var access = await coach.Http.GetFromJsonAsync<JsonElement>($"{path}/access", ApiClient.Json, cancellationToken);
        Assert.True(access.GetProperty("approvalRequired").GetBoolean());
        var pending = Assert.Single(access.GetProperty("pending").EnumerateArray());
        Assert.Equal("Zoë", pending.GetProperty("nickname").GetString());
        Assert.Empty(await coach.Http.GetFromJsonAsync<Pupil[]>($"{path}/pupils", ApiClient.Json, cancellationToken) ?? []);

        using var approved = await coach.Http.PostAsync($"{path}/pending/{pending.GetProperty("id").GetGuid()}/approve", null, cancellationToken);
        using var signedIn = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Zoë", pin = "4321" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("Zoë", tablet.Info!.DisplayName);
    }

    private async Task<(Session Coach, string Path, TeamDetails Team)> CoachedTeamAsync()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var coach = await Session.RedeemAsync(silo.BaseAddress, await organiser.InviteAsync(challenge.Id, "coach"), "coach");
        var team = await coach.Http.RegisterTeamAsync(challenge.Id, "Rooster");
        return (coach, $"/api/challenges/{challenge.Id}/teams/{team.Id}", team);
    }
}
