using System.Net;
using ChallengeHub.Grains.Walls;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChallengeHub.Silo.Tests.Access;

[Collection(LimitedSiloGroup.Name)]
public sealed class HubGuardTests(LimitedSilo silo)
{
    [Fact]
    public async Task AHubConnectionFromAnotherSiteIsRefusedWhileOwnPagesAndToolsConnect()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var browser = Session.Anonymous(silo.Host.BaseAddress);
        await using var foreign = browser.CreateHubConnection(origin: "https://elders.example");
        await using var own = browser.CreateHubConnection(origin: silo.Host.BaseAddress.GetLeftPart(UriPartial.Authority));
        await using var tool = browser.CreateHubConnection();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => foreign.StartAsync(cancellationToken));
        await own.StartAsync(cancellationToken);
        await tool.StartAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HubConnectionState.Connected, own.State);
        Assert.Equal(HubConnectionState.Connected, tool.State);
    }

    [Fact]
    public async Task AHubMessageLargerThanTheLimitClosesTheConnection()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var browser = Session.Anonymous(silo.Host.BaseAddress);
        await using var connection = browser.CreateHubConnection();
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += exception =>
        {
            closed.TrySetResult(exception);
            return Task.CompletedTask;
        };
        await connection.StartAsync(cancellationToken);

        await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeCoreAsync("WatchChallenge", typeof(WallSnapshot), [new string('x', 8 * 1024)], cancellationToken));

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task ABurstOfHubCallsBeyondTheLimitIsRefusedCallByCallWithoutClosingTheConnection()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.Host.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var browser = Session.Anonymous(silo.Host.BaseAddress);
        await using var connection = browser.CreateHubConnection();
        await connection.StartAsync(cancellationToken);

        var refusals = new List<HubException>();
        var answered = 0;
        for (var call = 0; call < LimitedSilo.HubMessagesPerMinute + 4; call++)
        {
            try
            {
                await connection.InvokeAsync<WallSnapshot>("WatchChallenge", challenge.Id, cancellationToken);
                answered++;
            }
            catch (HubException refusal)
            {
                refusals.Add(refusal);
            }
        }

        Assert.InRange(answered, 1, LimitedSilo.HubMessagesPerMinute);
        Assert.True(refusals.Count >= 4, $"Only {refusals.Count} of the calls were refused");
        Assert.All(refusals, refusal => Assert.Contains("/problems/rate-limited Too many calls", refusal.Message, StringComparison.Ordinal));
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task RefusedRequestsAreLoggedWithPathAndRoleButNoSecret()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        const string pin = "97315864";
        const string forgedToken = "vervalst-token-7f3a9c";
        using var organiser = silo.Host.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Loggers");
        using var pupil = await Session.PupilAsync(silo.Host.BaseAddress, team, "Kato", pin, Session.NewClientAddress());
        using var forger = silo.Host.CreateAnonymousClient();
        forger.DefaultRequestHeaders.Authorization = new("Bearer", forgedToken);
        var closing = $"/api/challenges/{challenge.Id}/closing";

        using var forbidden = await pupil.Http.GetAsync(closing, cancellationToken);
        using var anonymous = await forger.GetAsync(closing, cancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var pupilLine = await silo.Logs.WaitForAsync(l => l.Contains(closing, StringComparison.Ordinal) && l.Contains("Pupil", StringComparison.Ordinal), cancellationToken);
        var publicLine = await silo.Logs.WaitForAsync(l => l.Contains(closing, StringComparison.Ordinal) && l.Contains("public", StringComparison.Ordinal), cancellationToken);
        Assert.Contains(pupil.Info!.AccountId!.Value.ToString(), pupilLine, StringComparison.Ordinal);
        Assert.Contains("forbidden", pupilLine, StringComparison.Ordinal);
        Assert.Contains("not signed in", publicLine, StringComparison.Ordinal);
        var cookie = pupil.Cookies.GetAllCookies().Single(c => c.Name == "challengehub.session").Value;
        string[] secrets = [pin, forgedToken, silo.Host.OrganiserToken, SiloHost.Passphrase, cookie, pupil.Info.AntiforgeryToken];
        Assert.All(silo.Logs.Lines, line => Assert.DoesNotContain(secrets, secret => line.Contains(secret, StringComparison.Ordinal)));
    }
}
