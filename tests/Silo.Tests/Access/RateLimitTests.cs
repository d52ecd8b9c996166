using System.Net;
using System.Net.Http.Json;

namespace ChallengeHub.Silo.Tests.Access;

[Collection(LimitedSiloGroup.Name)]
public sealed class RateLimitTests(LimitedSilo silo)
{
    [Fact]
    public async Task SignInAttemptsFromOneClientArePausedWithRetryAfterWhileOtherClientsGoOn()
    {
        using var client = Session.Anonymous(silo.Host.BaseAddress, Session.NewClientAddress());
        using var otherClient = Session.Anonymous(silo.Host.BaseAddress, Session.NewClientAddress());
        var wrong = new { displayName = SiloHost.OrganiserName, passphrase = "niet de juiste zin" };
        for (var attempt = 1; attempt <= LimitedSilo.SignInsPerMinute; attempt++)
        {
            using var refused = await client.PostSignInAsync("/api/session", wrong);
            await refused.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var paused = await client.PostSignInAsync("/api/session", new { displayName = SiloHost.OrganiserName, passphrase = SiloHost.Passphrase });
        using var other = await otherClient.PostSignInAsync("/api/session", new { displayName = SiloHost.OrganiserName, passphrase = SiloHost.Passphrase });

        var problem = await paused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(paused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Try again", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task GuessingInviteCodesFromOneClientIsPaused()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = Session.Anonymous(silo.Host.BaseAddress, Session.NewClientAddress());
        for (var attempt = 1; attempt <= LimitedSilo.SignInsPerMinute; attempt++)
        {
            using var unknown = await client.Http.GetAsync($"/api/invites/GEENCODE{attempt}2", cancellationToken);
            await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        }

        using var paused = await client.PostSignInAsync("/api/invites/GEENCODE99/redeem", new { displayName = "Gokker", passphrase = Session.StaffPassphrase });

        await paused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(paused.Headers.RetryAfter);
    }

    [Fact]
    public async Task APupilCreatesOnlySoManyMilestonesAMinuteAndAnotherPupilIsNotHeldBack()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.Host.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Snelle Schrijvers");
        using var pupil = await Session.PupilAsync(silo.Host.BaseAddress, team, "Ilse", from: Session.NewClientAddress());
        using var teammate = await Session.PupilAsync(silo.Host.BaseAddress, team, "Jef", from: Session.NewClientAddress());
        var path = $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones";
        var milestone = new { title = "Weer een stap", story = "Zo gingen we te werk.", competenceIds = Array.Empty<string>() };
        for (var created = 1; created <= LimitedSilo.CreationsPerMinute; created++)
        {
            using var response = await pupil.Http.PostAsJsonAsync(path, milestone with { title = $"Stap {created}" }, ApiClient.Json, cancellationToken);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        using var paused = await pupil.Http.PostAsJsonAsync(path, milestone, ApiClient.Json, cancellationToken);
        using var other = await teammate.Http.PostAsJsonAsync(path, milestone with { title = "Stap van Jef" }, ApiClient.Json, cancellationToken);

        await paused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(paused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }
}
