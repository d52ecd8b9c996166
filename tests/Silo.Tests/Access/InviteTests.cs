using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Walls;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChallengeHub.Silo.Tests.Access;

public sealed class InviteTests(SiloFixture silo)
{
    [Fact]
    public async Task AnInviteShowsItsRoleAndChallengeAndMakesACoachOfThatChallengeOnly()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var other = await organiser.CreateChallengeAsync();
        using var created = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/invites", new { role = "coach" }, ApiClient.Json, cancellationToken);
        var invite = await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var code = invite.GetProperty("invite").GetProperty("code").GetString()!;
        using var anonymous = silo.CreateAnonymousClient();

        var view = await anonymous.GetFromJsonAsync<JsonElement>($"/api/invites/{code}", cancellationToken);
        using var coach = await Session.RedeemAsync(silo.BaseAddress, code, "coach");
        using var own = await coach.Http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams", new { name = "De Vonken", school = "VTI" }, ApiClient.Json, cancellationToken);
        using var foreign = await coach.Http.PostAsJsonAsync($"/api/challenges/{other.Id}/teams", new { name = "De Indringers", school = "VTI" }, ApiClient.Json, cancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.EndsWith($"/signin.html?invite={code}", invite.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("<svg", invite.GetProperty("qrCodeSvg").GetString()!.TrimStart(), StringComparison.Ordinal);
        Assert.Equal("coach", view.GetProperty("role").GetString());
        Assert.Equal(challenge.Title, view.GetProperty("challengeTitle").GetString());
        Assert.Equal("coach", coach.Info!.Role);
        Assert.Equal([challenge.Id], coach.Info.ChallengeIds!.Value);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        await foreign.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnInvitedJurorWatchesTheWallOverTheHubWithTheSessionCookie()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var juror = await Session.RedeemAsync(silo.BaseAddress, await organiser.InviteAsync(challenge.Id, "juror"), "juror");

        await using var hub = juror.CreateHubConnection();
        await hub.StartAsync(cancellationToken);
        var wall = await hub.InvokeAsync<WallSnapshot>("WatchChallenge", challenge.Id, cancellationToken);

        Assert.Equal(challenge.Id, wall.ChallengeId);
        using var closing = await juror.Http.GetAsync($"/api/challenges/{challenge.Id}/closing", cancellationToken);
        await closing.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AUsedInviteIsNotFound()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var code = await organiser.InviteAsync(challenge.Id, "employer");
        using var employer = await Session.RedeemAsync(silo.BaseAddress, code, "employer");
        using var browser = Session.Anonymous(silo.BaseAddress);

        using var view = await browser.Http.GetAsync($"/api/invites/{code}", cancellationToken);
        using var again = await browser.PostSignInAsync($"/api/invites/{code}/redeem", new { displayName = $"Tweede {Guid.NewGuid():N}", passphrase = Session.StaffPassphrase });

        await view.AssertProblemAsync(HttpStatusCode.NotFound);
        await again.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OrganisersAreNotInvited()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();

        using var response = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/invites", new { role = "organiser" }, ApiClient.Json, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
