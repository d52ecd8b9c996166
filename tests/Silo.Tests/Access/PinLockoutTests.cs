using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Access;

public sealed class PinLockoutTests(SiloFixture silo)
{
    [Fact]
    public async Task FiveWrongPinsLockThePupilWhileTheRestOfTheTeamCanStillSignIn()
    {
        var team = await NewTeamAsync();
        using var first = await Session.PupilAsync(silo.BaseAddress, team, "Ann");
        using var other = await Session.PupilAsync(silo.BaseAddress, team, "Bo", "4321");
        using var tablet = Session.Anonymous(silo.BaseAddress);

        await FailAsync(tablet, team, "Ann", times: 5);
        using var locked = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Ann", pin = "1234" });

        var problem = await locked.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("paused", problem.Detail, StringComparison.Ordinal);
        using var stillOpen = await Session.PupilAsync(silo.BaseAddress, team, "Bo", "4321");
        using var newcomer = await Session.PupilAsync(silo.BaseAddress, team, "Cas");
    }

    [Fact]
    public async Task TwentyWrongPinsAcrossATeamLockTheWholeTeamButNoOtherTeam()
    {
        var team = await NewTeamAsync();
        var neighbour = await NewTeamAsync();
        using var tablet = Session.Anonymous(silo.BaseAddress);
        foreach (var nickname in new[] { "Ann", "Bo", "Cas", "Dirk", "Eva" })
        {
            using var joined = await Session.PupilAsync(silo.BaseAddress, team, nickname);

            // Four each: none of them is locked on their own, together they make twenty.
            await FailAsync(tablet, team, nickname, times: 4);
        }

        using var member = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Ann", pin = "1234" });
        using var newcomer = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Fien", pin = "1234" });

        await member.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        await newcomer.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        using var elsewhere = await Session.PupilAsync(silo.BaseAddress, neighbour, "Ann");
    }

    [Fact]
    public async Task TheCoachsPinResetLiftsThePupilsLockOut()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await Session.RedeemAsync(silo.BaseAddress, await organiser.InviteAsync(challenge.Id, "coach"), "coach");
        var team = await coach.Http.RegisterTeamAsync(challenge.Id, "Herstarters");
        using var pupil = await Session.PupilAsync(silo.BaseAddress, team, "Gust");
        using var tablet = Session.Anonymous(silo.BaseAddress);
        await FailAsync(tablet, team, "Gust", times: 5);

        using var reset = await coach.Http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils/{pupil.Info!.AccountId}/pin",
            new { pin = "8642" }, ApiClient.Json, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        using var signedIn = await Session.PupilAsync(silo.BaseAddress, team, "Gust", "8642");
        Assert.Equal(pupil.Info.AccountId, signedIn.Info!.AccountId);
    }

    private async Task<TeamDetails> NewTeamAsync()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        return await organiser.RegisterTeamAsync(challenge.Id, $"Team {Guid.NewGuid():N}"[..20]);
    }

    private static async Task FailAsync(Session tablet, TeamDetails team, string nickname, int times)
    {
        for (var attempt = 0; attempt < times; attempt++)
        {
            using var response = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname, pin = "0000" });
            await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }
    }
}
