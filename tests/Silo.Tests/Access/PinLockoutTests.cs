using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>Wrong PINs and throw-away nicknames keep nobody else out: pauses are per nickname and tablet, locks per pupil.</summary>
public sealed class PinLockoutTests(SiloFixture silo)
{
    /// <summary>New nicknames one client address adds to an open team in an hour before the coach is asked (the contract of <c>TeamGrain</c>).</summary>
    private const int FreeJoinsPerClient = 6;

    [Fact]
    public async Task FiveWrongPinsPauseTheNicknameOnlyOnTheTabletThatSentThem()
    {
        var team = await NewTeamAsync();
        using var first = await Session.PupilAsync(silo.BaseAddress, team, "Ann");
        using var tablet = Session.Anonymous(silo.BaseAddress, Session.NewClientAddress());

        await FailAsync(tablet, team, "Ann", times: 5);
        using var paused = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Ann", pin = "1234" });

        var problem = await paused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("paused", problem.Detail, StringComparison.Ordinal);
        using var elsewhere = await Session.PupilAsync(silo.BaseAddress, team, "Ann", from: Session.NewClientAddress());
        using var newcomer = await Session.PupilAsync(silo.BaseAddress, team, "Cas", from: Session.NewClientAddress());
    }

    [Fact]
    public async Task WrongPinsOnEveryOtherNicknameNeverKeepAPupilWithTheRightPinOut()
    {
        var team = await NewTeamAsync();
        var neighbour = await NewTeamAsync();
        using var attacker = Session.Anonymous(silo.BaseAddress, Session.NewClientAddress());
        foreach (var nickname in new[] { "Bo", "Cas", "Dirk", "Eva", "Fien" })
        {
            using var joined = await Session.PupilAsync(silo.BaseAddress, team, nickname, from: Session.NewClientAddress());
            await FailAsync(attacker, team, nickname, times: 5);
        }

        using var ann = await Session.PupilAsync(silo.BaseAddress, team, "Ann", from: Session.NewClientAddress());
        using var again = await Session.PupilAsync(silo.BaseAddress, team, "Ann", from: Session.NewClientAddress());
        using var elsewhere = await Session.PupilAsync(silo.BaseAddress, neighbour, "Ann");
        Assert.Equal(ann.Info!.AccountId, again.Info!.AccountId);
    }

    [Fact]
    public async Task TenWrongPinsFromAnywhereLockThePupilAndTheCoachSeesAndLiftsTheLock()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (coach, challengeId, team) = await CoachedTeamAsync();
        using var _ = coach;
        using var pupil = await Session.PupilAsync(silo.BaseAddress, team, "Gust");
        foreach (var tablet in new[] { Session.Anonymous(silo.BaseAddress, Session.NewClientAddress()), Session.Anonymous(silo.BaseAddress, Session.NewClientAddress()) })
        {
            using var sender = tablet;
            await FailAsync(sender, team, "Gust", times: 5);
        }

        using var locked = Session.Anonymous(silo.BaseAddress, Session.NewClientAddress());
        using var refused = await locked.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Gust", pin = "1234" });
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        var access = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/teams/{team.Id}/access", ApiClient.Json, cancellationToken);
        var shown = Assert.Single(access.GetProperty("locks").EnumerateArray());
        Assert.Equal((pupil.Info!.AccountId, "Gust"), (shown.GetProperty("pupilId").GetGuid(), shown.GetProperty("nickname").GetString()));

        using var lifted = await coach.Http.DeleteAsync($"/api/challenges/{challengeId}/teams/{team.Id}/pupils/{pupil.Info.AccountId}/lock", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        using var signedIn = await locked.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Gust", pin = "1234" });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var after = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/teams/{team.Id}/access", ApiClient.Json, cancellationToken);
        Assert.Empty(after.GetProperty("locks").EnumerateArray());
    }

    [Fact]
    public async Task TheCoachsPinResetLiftsThePupilsLockOut()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (coach, challengeId, team) = await CoachedTeamAsync();
        using var _ = coach;
        using var pupil = await Session.PupilAsync(silo.BaseAddress, team, "Gust");
        using var tablet = Session.Anonymous(silo.BaseAddress, Session.NewClientAddress());
        await FailAsync(tablet, team, "Gust", times: 5);

        using var reset = await coach.Http.PostAsJsonAsync($"/api/challenges/{challengeId}/teams/{team.Id}/pupils/{pupil.Info!.AccountId}/pin",
            new { pin = "8642" }, ApiClient.Json, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        using var signedIn = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Gust", pin = "8642" });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(pupil.Info.AccountId, tablet.Info!.AccountId);
    }

    [Fact]
    public async Task ThrowAwayJoinsFromOneClientCannotFillTheTeam()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (coach, challengeId, team) = await CoachedTeamAsync();
        using var _ = coach;
        var prankster = Session.NewClientAddress();
        var answers = new List<HttpStatusCode>();
        for (var i = 1; i <= TeamGrain.MaxMembers; i++)
        {
            using var tablet = Session.Anonymous(silo.BaseAddress, prankster);
            using var response = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = $"Nep {(char)('a' + i)}", pin = "1234" });
            answers.Add(response.StatusCode);
        }

        using var realPupil = await Session.PupilAsync(silo.BaseAddress, team, "Echte Leerling", from: Session.NewClientAddress());

        Assert.Equal(FreeJoinsPerClient, answers.Count(a => a == HttpStatusCode.OK));
        Assert.All(answers.Skip(FreeJoinsPerClient), a => Assert.Equal(HttpStatusCode.Accepted, a));
        var access = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/teams/{team.Id}/access", ApiClient.Json, cancellationToken);
        Assert.Equal(TeamGrain.MaxMembers - FreeJoinsPerClient, access.GetProperty("pending").GetArrayLength());
    }

    private async Task<TeamDetails> NewTeamAsync()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        return await organiser.RegisterTeamAsync(challenge.Id, $"Team {Guid.NewGuid():N}"[..20]);
    }

    private async Task<(Session Coach, Guid ChallengeId, TeamDetails Team)> CoachedTeamAsync()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var coach = await Session.RedeemAsync(silo.BaseAddress, await organiser.InviteAsync(challenge.Id, "coach"), "coach");
        return (coach, challenge.Id, await coach.Http.RegisterTeamAsync(challenge.Id, "Herstarters"));
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
