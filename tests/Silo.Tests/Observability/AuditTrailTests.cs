using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Audit;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Access;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Observability;

public sealed class AuditTrailTests(SiloFixture silo)
{
    private const string SecretPin = "8642";

    [Fact]
    public async Task AnOrganiserReadsTheEventsOfTheirChallengeAndNotThoseOfAnother()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Zorgvuldige Zagers");
        var pupilId = await JoinAsync(team, "Amina");
        using var other = await OtherOrganiserAsync();
        var otherChallenge = await other.Http.CreateChallengeAsync();
        var otherTeam = await other.Http.RegisterTeamAsync(otherChallenge.Id, "Andere Ploeg");
        var otherPupilId = await JoinAsync(otherTeam, "Bram");
        var pupilPath = $"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils/{pupilId}";

        await SucceedsAsync(organiser.PutAsJsonAsync($"{pupilPath}/consent", new { wall = true, showcase = false, photos = false }, ApiClient.Json, cancellationToken));
        await SucceedsAsync(organiser.PostAsJsonAsync($"{pupilPath}/pin", new { pin = SecretPin }, ApiClient.Json, cancellationToken));
        await SucceedsAsync(organiser.GetAsync($"{pupilPath}/export", cancellationToken));
        await SucceedsAsync(organiser.DeleteAsync(pupilPath, cancellationToken));
        await SucceedsAsync(other.Http.PutAsJsonAsync($"/api/challenges/{otherChallenge.Id}/teams/{otherTeam.Id}/pupils/{otherPupilId}/consent",
            new { wall = true }, ApiClient.Json, cancellationToken));

        using var read = await organiser.GetAsync($"/api/challenges/{challenge.Id}/audit", cancellationToken);
        using var foreign = await organiser.GetAsync($"/api/challenges/{otherChallenge.Id}/audit", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.True(read.Headers.CacheControl?.NoStore);
        var text = await read.Content.ReadAsStringAsync(cancellationToken);
        var events = (await read.Content.ReadFromJsonAsync<AuditPage>(ApiClient.Json, cancellationToken))!.Events;
        Assert.Equal(["pupil-erased", "pupil-exported", "pin-reset", "consent-changed"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal($"pupil {pupilId}", e.Subject));
        Assert.All(events, e => Assert.NotNull(e.Address));
        Assert.Contains("wall yes, showcase no, photos no", events[^1].Outcome, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretPin, text, StringComparison.Ordinal);
        Assert.DoesNotContain(otherPupilId.ToString(), text, StringComparison.Ordinal);
        await foreign.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AFailedPupilSignInAndACoachRefusedTheTrailAreBothInTheTrail()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Eerlijke Elektriciens");
        await JoinAsync(team, "Chloé");
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");

        using var wrongPin = await ApiClient.CreateCookieClient(silo.BaseAddress)
            .PostAsJsonAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Chloé", pin = "9999" }, ApiClient.Json, cancellationToken);
        using var refused = await coach.GetAsync($"/api/challenges/{challenge.Id}/audit", cancellationToken);
        var events = (await organiser.GetFromJsonAsync<AuditPage>($"/api/challenges/{challenge.Id}/audit", ApiClient.Json, cancellationToken))!.Events;

        await wrongPin.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(events, e => e is { Action: "sign-in-failed", Actor: "anonymous" } && e.Subject == $"team {team.Id}");
        Assert.Contains(events, e => e is { Action: "access-refused", Subject: "GET /api/challenges/{challengeId:guid}/audit" } && e.Actor != "anonymous");
        Assert.DoesNotContain(events, e => (e.Outcome ?? string.Empty).Contains("9999", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATrailKeepsItsLatestEventsAndPagesThroughThemNewestFirst()
    {
        var trail = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IAuditTrailGrain>(Guid.NewGuid());
        for (var i = 1; i <= AuditTrailGrain.MaxEvents + 3; i++)
        {
            await trail.AppendAsync(new AuditRecord(0, DateTimeOffset.UnixEpoch, "pin-reset", "tester", Subject: new string('x', 500)));
        }

        var first = await trail.ListAsync(null, 100);
        var last = await trail.ListAsync(104, 100);

        Assert.Equal(AuditTrailGrain.MaxEvents + 3, first.Events[0].Number);
        Assert.Equal(100, first.Events.Length);
        Assert.Equal(first.Events[^1].Number, first.Before);
        Assert.All(first.Events, e => Assert.True(e.Subject!.Length <= 200));
        Assert.Equal(4, last.Events[^1].Number);
        Assert.Null(last.Before);
    }

    private async Task<Guid> JoinAsync(TeamDetails team, string nickname)
    {
        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, nickname);
        var session = await pupil.GetFromJsonAsync<Accounts.SessionInfo>("/api/session", ApiClient.Json, TestContext.Current.CancellationToken);
        return session!.AccountId!.Value;
    }

    /// <summary>An organiser of challenges the fixture's organiser does not work in (created as the matrix world does).</summary>
    private async Task<Session> OtherOrganiserAsync()
    {
        var name = $"Organisator {Guid.NewGuid():N}";
        await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(Guid.NewGuid())
            .CreateAsync(Role.Organiser, new Credentials(name, Session.StaffPassphrase), null);
        return await Session.StaffAsync(silo.BaseAddress, name);
    }

    private static async Task SucceedsAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} answered {(int)response.StatusCode}");
    }
}
