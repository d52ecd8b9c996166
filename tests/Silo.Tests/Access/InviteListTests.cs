using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Accounts;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>The organiser sees every invite of a challenge with where it stands, and resends or withdraws those not yet used.</summary>
public sealed class InviteListTests(SiloFixture silo)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheOrganiserSeesInvitesAsSentOrAcceptedAndAWithdrawnInviteNoLongerOpens()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var accepted = await organiser.InviteAsync(challenge.Id, "juror");
        var sent = await organiser.InviteAsync(challenge.Id, "coach");
        var withdrawn = await organiser.InviteAsync(challenge.Id, "employer");
        using var juror = await Session.RedeemAsync(silo.BaseAddress, accepted, "juror");

        using var withdraw = await organiser.DeleteAsync($"/api/challenges/{challenge.Id}/invites/{withdrawn}", Token);
        using var again = await organiser.DeleteAsync($"/api/challenges/{challenge.Id}/invites/{withdrawn}", Token);
        using var usedOne = await organiser.DeleteAsync($"/api/challenges/{challenge.Id}/invites/{accepted}", Token);
        var list = await ListAsync(organiser, challenge.Id);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (withdraw.StatusCode, again.StatusCode));
        await usedOne.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(
            [(withdrawn, InviteProgress.Withdrawn), (sent, InviteProgress.Sent), (accepted, InviteProgress.Accepted)],
            list.Select(s => (s.Invite.Code, s.State)));
        using var anonymous = silo.CreateAnonymousClient();
        using var opened = await anonymous.GetAsync($"/api/invites/{withdrawn}", Token);
        await opened.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ResendingGivesANewWorkingLinkForTheSameRoleAndTheOldLinkStopsWorking()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var old = await organiser.InviteAsync(challenge.Id, "coach");

        using var resent = await organiser.PostAsync($"/api/challenges/{challenge.Id}/invites/{old}/resend", null, Token);

        Assert.Equal(HttpStatusCode.Created, resent.StatusCode);
        var created = await resent.Content.ReadFromJsonAsync<JsonElement>(Token);
        var code = created.GetProperty("invite").GetProperty("code").GetString()!;
        Assert.NotEqual(old, code);
        Assert.Contains($"invite={code}", created.GetProperty("link").GetString(), StringComparison.Ordinal);
        using var coach = await Session.RedeemAsync(silo.BaseAddress, code, "coach");
        Assert.Equal("coach", coach.Info!.Role);
        var list = await ListAsync(organiser, challenge.Id);
        Assert.Equal([(code, InviteProgress.Accepted), (old, InviteProgress.Withdrawn)], list.Select(s => (s.Invite.Code, s.State)));
    }

    [Fact]
    public async Task AnInviteOfAnotherChallengeCannotBeWithdrawnOrResentThroughThisOneAndStaysOpen()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var other = await organiser.CreateChallengeAsync();
        var foreign = await organiser.InviteAsync(other.Id, "coach");

        using var withdraw = await organiser.DeleteAsync($"/api/challenges/{challenge.Id}/invites/{foreign}", Token);
        using var resend = await organiser.PostAsync($"/api/challenges/{challenge.Id}/invites/{foreign}/resend", null, Token);

        await withdraw.AssertProblemAsync(HttpStatusCode.NotFound);
        await resend.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await ListAsync(organiser, challenge.Id));
        Assert.Equal(InviteProgress.Sent, Assert.Single(await ListAsync(organiser, other.Id)).State);
    }

    private static async Task<InviteStatus[]> ListAsync(HttpClient organiser, Guid challengeId) =>
        (await organiser.GetFromJsonAsync<InviteStatus[]>($"/api/challenges/{challengeId}/invites", ApiClient.Json, Token))!;
}
