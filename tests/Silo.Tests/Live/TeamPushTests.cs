using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Silo.Tests.Privacy;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChallengeHub.Silo.Tests.Live;

/// <summary>What a coach and an employer act on reaches them over the hub as it happens: a pupil who joins, a coach's answer to an offer.</summary>
public sealed class TeamPushTests(SiloFixture silo)
{
    [Fact]
    public async Task APupilWhoJoinsIsPushedToWhoeverWatchesThatTeamsPupils()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        var other = await http.RegisterTeamAsync(challenge.Id, "Zoemers");
        await using var connection = ApiClient.CreateHubConnection(silo.BaseAddress, silo.OrganiserToken);
        var joined = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<JsonElement>("pupilJoined", message => joined.TrySetResult(message));
        await connection.StartAsync(cancellationToken);

        var before = await connection.InvokeAsync<JsonElement>("WatchTeamPupils", challenge.Id, team.Id, cancellationToken);
        (await ApiClient.JoinAsPupilAsync(silo.BaseAddress, other, "Ibrahim")).Dispose();
        (await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte")).Dispose();
        var message = await joined.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);

        Assert.Equal(0, before.GetArrayLength());
        Assert.Equal(challenge.Id, message.GetProperty("challengeId").GetGuid());
        Assert.Equal(("Lotte", team.Id), (message.GetProperty("pupil").GetProperty("nickname").GetString(), message.GetProperty("pupil").GetProperty("teamId").GetGuid()));
    }

    [Fact]
    public async Task ANicknameThatWaitsForApprovalIsPushedToWhoeverWatchesThatTeamsPupils()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        using (var roster = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/roster", new { nicknames = new[] { "Lotte" }, vacancies = 0, approvalRequired = true }, ApiClient.Json, cancellationToken))
        {
            roster.EnsureSuccessStatusCode();
        }

        await using var connection = ApiClient.CreateHubConnection(silo.BaseAddress, silo.OrganiserToken);
        var asked = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<JsonElement>("joinRequested", message => asked.TrySetResult(message));
        await connection.StartAsync(cancellationToken);
        await connection.InvokeAsync<JsonElement>("WatchTeamPupils", challenge.Id, team.Id, cancellationToken);

        using var tablet = ApiClient.CreateCookieClient(silo.BaseAddress);
        (await tablet.SignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Yasmina", pin = "1234" })).Dispose();

        var message = await asked.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        Assert.Equal(("Yasmina", team.Id), (message.GetProperty("nickname").GetString(), message.GetProperty("teamId").GetGuid()));
    }

    [Fact]
    public async Task AnOfferAndTheCoachsAnswerArePushedToWhoeverFollowsTheChallengesOffers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        using var employer = await http.InvitedAsync(challenge.Id, "employer");
        await using var organiser = await HubRecorder.StartAsync(silo.BaseAddress, silo.OrganiserToken, cancellationToken, "offer");

        var before = await organiser.WatchAsync("WatchOffers", challenge.Id, cancellationToken);
        using var made = await employer.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/offers", new { kind = "visit", message = "Kom ons atelier bekijken." }, ApiClient.Json, cancellationToken);
        made.EnsureSuccessStatusCode();
        var offerId = (await made.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json, cancellationToken)).GetProperty("id").GetGuid();
        var pushed = await organiser.ReceiveAsync("offer", o => o.GetProperty("id").GetGuid() == offerId, cancellationToken);
        using var answered = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/offers/{offerId}/answer", new { accept = true, message = "Graag." }, ApiClient.Json, cancellationToken);
        answered.EnsureSuccessStatusCode();
        var answer = await organiser.ReceiveAsync("offer", o => o.GetProperty("id").GetGuid() == offerId && o.TryGetProperty("answer", out var a) && a.ValueKind == JsonValueKind.Object, cancellationToken);

        Assert.Equal(0, before.GetArrayLength());
        Assert.False(pushed.TryGetProperty("answer", out var none) && none.ValueKind != JsonValueKind.Null, "A new offer arrives unanswered");
        Assert.Equal((true, "Graag."), (answer.GetProperty("answer").GetProperty("accepted").GetBoolean(), answer.GetProperty("answer").GetProperty("message").GetString()));
    }
}
