using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Walls;
using Microsoft.AspNetCore.SignalR.Client;
using ChallengeHub.Silo.Accounts;

namespace ChallengeHub.Silo.Tests.Access;

public sealed class SignInTests(SiloFixture silo)
{
    [Fact]
    public async Task StaffSignInWithTheRightPassphraseStartsACookieSession()
    {
        var (_, coachName) = await NewCoachAsync();

        using var coach = await Session.StaffAsync(silo.BaseAddress, coachName);

        var session = await coach.Http.GetFromJsonAsync<SessionInfo>("/api/session", ApiClient.Json, TestContext.Current.CancellationToken);
        Assert.True(session!.SignedIn);
        Assert.Equal("coach", session.Role);
        Assert.Equal(coachName, session.DisplayName);
    }

    [Fact]
    public async Task AWrongPassphraseAndAnUnknownNameGetTheSameProblem()
    {
        var (_, coachName) = await NewCoachAsync();
        using var browser = Session.Anonymous(silo.BaseAddress);

        using var wrongPassphrase = await browser.PostSignInAsync("/api/session", new { displayName = coachName, passphrase = "niet de juiste zin" });
        using var unknownName = await browser.PostSignInAsync("/api/session", new { displayName = $"Niemand {Guid.NewGuid():N}", passphrase = Session.StaffPassphrase });

        var first = await wrongPassphrase.AssertProblemAsync(HttpStatusCode.Unauthorized);
        var second = await unknownName.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal((first.Title, first.Detail), (second.Title, second.Detail));
    }

    [Fact]
    public async Task FiveWrongPassphrasesFromOneClientPauseThatClientButDoNotLockTheAccountForAnotherClient()
    {
        var (_, coachName) = await NewCoachAsync();
        using var prankster = Session.Anonymous(silo.BaseAddress, Session.NewClientAddress());
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var failed = await prankster.PostSignInAsync("/api/session", new { displayName = coachName, passphrase = $"fout {attempt} fout fout" });
            await failed.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var paused = await prankster.PostSignInAsync("/api/session", new { displayName = coachName, passphrase = Session.StaffPassphrase });
        using var coach = await Session.SignInAsync(silo.BaseAddress, "/api/session", new { displayName = coachName, passphrase = Session.StaffPassphrase }, Session.NewClientAddress());

        var problem = await paused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("paused", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(coachName, coach.Info!.DisplayName);
    }

    [Fact]
    public async Task AnUnknownNameAndAWrongPassphraseGetIdenticalAnswersAlsoAfterRepeatedFailures()
    {
        var (_, coachName) = await NewCoachAsync();
        using var client = Session.Anonymous(silo.BaseAddress, Session.NewClientAddress());
        var unknownName = $"Niemand {Guid.NewGuid():N}";
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            using var wrongPassphrase = await client.PostSignInAsync("/api/session", new { displayName = coachName, passphrase = "niet de juiste zin" });
            using var unknown = await client.PostSignInAsync("/api/session", new { displayName = unknownName, passphrase = "niet de juiste zin" });

            Assert.Equal(wrongPassphrase.StatusCode, unknown.StatusCode);
            Assert.Equal(await WithoutTraceIdAsync(wrongPassphrase), await WithoutTraceIdAsync(unknown));
        }
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("wachtwoord123")]
    [InlineData("1234567890")]
    [InlineData("ik ben {0} en dat weet iedereen")]
    public async Task AnInviteIsNotRedeemedWithAnObviousPassphrase(string passphrase)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var code = await organiser.InviteAsync(challenge.Id, "juror");
        var name = $"Jurylid{Guid.NewGuid():N}"[..14];
        using var browser = Session.Anonymous(silo.BaseAddress);

        using var refused = await browser.PostSignInAsync($"/api/invites/{code}/redeem",
            new { displayName = name, passphrase = string.Format(System.Globalization.CultureInfo.InvariantCulture, passphrase, name) });

        await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("passphrase", await refused.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
        using var open = await browser.Http.GetAsync($"/api/invites/{code}", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Fact]
    public async Task ABearerTokenWorksOnOrganiserEndpointsWithoutAntiforgeryTokenAndOnTheHub()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var anonymous = silo.CreateAnonymousClient();
        var token = await ApiClient.IssueTokenAsync(anonymous, SiloHost.OrganiserName, SiloHost.Passphrase);
        using var tool = silo.CreateAnonymousClient();
        tool.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var challenge = await tool.CreateChallengeAsync();
        await using var hub = ApiClient.CreateHubConnection(silo.BaseAddress, token);
        await hub.StartAsync(cancellationToken);
        var wall = await hub.InvokeAsync<WallSnapshot>("WatchChallenge", challenge.Id, cancellationToken);

        Assert.Equal(challenge.Id, wall.ChallengeId);
        using var closing = await tool.GetAsync($"/api/challenges/{challenge.Id}/closing", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, closing.StatusCode);
    }

    [Fact]
    public async Task AWrongPassphraseGetsNoToken()
    {
        using var anonymous = silo.CreateAnonymousClient();

        using var response = await anonymous.PostAsJsonAsync("/api/tokens", new { displayName = SiloHost.OrganiserName, passphrase = "geen goede zin" },
            ApiClient.Json, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CookieChangesWithoutTheAntiforgeryTokenAreRefused()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (challengeId, coachName) = await NewCoachAsync();
        using var coach = await Session.StaffAsync(silo.BaseAddress, coachName);
        var token = coach.Http.DefaultRequestHeaders.GetValues("X-CSRF-TOKEN").Single();

        coach.Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        using var refused = await coach.Http.PostAsJsonAsync($"/api/challenges/{challengeId}/teams", new { name = "Zonder token", school = "VTI" }, ApiClient.Json, cancellationToken);
        coach.Http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        using var accepted = await coach.Http.PostAsJsonAsync($"/api/challenges/{challengeId}/teams", new { name = "Met token", school = "VTI" }, ApiClient.Json, cancellationToken);

        await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var teams = await silo.CreateClient().GetFromJsonAsync<Grains.Teams.TeamDetails[]>($"/api/challenges/{challengeId}/teams", ApiClient.Json, cancellationToken);
        Assert.Equal(["Met token"], teams!.Select(t => t.Name));
    }

    [Fact]
    public async Task SigningOutEndsTheCookieSession()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Uitloggers");
        using var pupil = await Session.PupilAsync(silo.BaseAddress, team, "Lien");
        var milestones = $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones";
        using var before = await pupil.Http.GetAsync(milestones, cancellationToken);

        using var signOut = await pupil.Http.DeleteAsync("/api/session", cancellationToken);
        using var after = await pupil.Http.GetAsync(milestones, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(signOut.IsSuccessStatusCode, $"Signing out answered {(int)signOut.StatusCode}");
        await after.AssertProblemAsync(HttpStatusCode.Unauthorized);
        var session = await pupil.Http.GetFromJsonAsync<SessionInfo>("/api/session", ApiClient.Json, cancellationToken);
        Assert.False(session!.SignedIn);
    }

    [Fact]
    public async Task SigningOutEndsTheSessionOnTheServerSoACopiedCookieStopsWorking()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (challengeId, coachName) = await NewCoachAsync();
        using var coach = await Session.StaffAsync(silo.BaseAddress, coachName);
        using var copied = coach.Copy();
        var team = await coach.Http.RegisterTeamAsync(challengeId, "Uitlogteam");
        var pupils = $"/api/challenges/{challengeId}/teams/{team.Id}/pupils";
        using var before = await copied.Http.GetAsync(pupils, cancellationToken);

        using var signOut = await coach.Http.DeleteAsync("/api/session", cancellationToken);

        Assert.True(signOut.IsSuccessStatusCode, $"Signing out answered {(int)signOut.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        using var after = await copied.Http.GetAsync(pupils, cancellationToken);
        await after.AssertProblemAsync(HttpStatusCode.Unauthorized);
        var session = await copied.Http.GetFromJsonAsync<SessionInfo>("/api/session", ApiClient.Json, cancellationToken);
        Assert.False(session!.SignedIn);
    }

    [Fact]
    public async Task ACoachsPinResetEndsThePupilsSessionOnEveryTablet()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (challengeId, coachName) = await NewCoachAsync();
        using var coach = await Session.StaffAsync(silo.BaseAddress, coachName);
        var team = await coach.Http.RegisterTeamAsync(challengeId, "Pinners");
        using var tablet = await Session.PupilAsync(silo.BaseAddress, team, "Mo");
        using var otherTablet = await Session.PupilAsync(silo.BaseAddress, team, "Mo");
        var milestones = $"/api/challenges/{challengeId}/teams/{team.Id}/milestones";

        using var reset = await coach.Http.PostAsJsonAsync($"/api/challenges/{challengeId}/teams/{team.Id}/pupils/{tablet.Info!.AccountId}/pin",
            new { pin = "5678" }, ApiClient.Json, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        using var first = await tablet.Http.GetAsync(milestones, cancellationToken);
        using var second = await otherTablet.Http.GetAsync(milestones, cancellationToken);
        await first.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await second.AssertProblemAsync(HttpStatusCode.Unauthorized);
        using var again = await Session.PupilAsync(silo.BaseAddress, team, "Mo", "5678");
        using var allowed = await again.Http.GetAsync(milestones, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task WithoutAProviderTheExternalSignInIsNotFound()
    {
        using var browser = Session.Anonymous(silo.BaseAddress);

        using var response = await browser.Http.GetAsync("/api/session/oidc", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The body of an answer without the trace id, which differs per request by design.</summary>
    private static async Task<string> WithoutTraceIdAsync(HttpResponseMessage response)
    {
        var body = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(TestContext.Current.CancellationToken))!;
        body.Remove("traceId");
        return body.ToJsonString();
    }

    /// <summary>A coach invited to a fresh challenge, by display name (the passphrase is <see cref="Session.StaffPassphrase"/>).</summary>
    private async Task<(Guid ChallengeId, string Name)> NewCoachAsync()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await Session.RedeemAsync(silo.BaseAddress, await organiser.InviteAsync(challenge.Id, "coach"), "coach");
        return (challenge.Id, coach.Info!.DisplayName!);
    }
}
