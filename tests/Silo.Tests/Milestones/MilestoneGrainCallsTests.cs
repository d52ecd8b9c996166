using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Milestones;

/// <summary>
/// A milestone is the live path's hottest request: the caller is read once for it (the session check, which authorization
/// then uses), and the team and its challenge once (the team's challenge is checked once per log, it never changes).
/// </summary>
public sealed class MilestoneGrainCallsTests(SiloFixture silo)
{
    [Fact]
    public async Task APupilsMilestoneReadsTheTeamOnceAndTheChallengeOnce()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Stroomdraden");
        using var pupil = await Session.PupilAsync(silo.BaseAddress, team, "Vonk");
        await PostMilestoneAsync(pupil.Http, team, "Eerste schets");

        using var calls = silo.GrainCalls.Watch(team.Id, challenge.Id);
        await PostMilestoneAsync(pupil.Http, team, "Schakeling getest");

        Assert.True(calls.To<ITeamGrain>() == 1 && calls.To<IChallengeGrain>() == 1, calls.Describe());
    }

    [Fact]
    public async Task ACoachsMilestoneReadsTheAccountTheTeamAndTheChallengeOnceEach()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await Session.RedeemAsync(silo.BaseAddress, await organiser.InviteAsync(challenge.Id, "coach"), "coach");
        var team = await coach.Http.RegisterTeamAsync(challenge.Id, "De Vonkenvangers");
        await PostMilestoneAsync(coach.Http, team, "Eerste schets");

        using var calls = silo.GrainCalls.Watch(coach.Info!.AccountId!.Value, team.Id, challenge.Id);
        await PostMilestoneAsync(coach.Http, team, "Schakeling getest");

        Assert.True(calls.To<IAccountGrain>() == 1 && calls.To<ITeamGrain>() == 1 && calls.To<IChallengeGrain>() == 1, calls.Describe());
    }

    private static async Task PostMilestoneAsync(HttpClient http, TeamDetails team, string title)
    {
        using var response = await http.PostAsJsonAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/milestones",
            new { title, story = "Zo hebben we het aangepakt.", competenceIds = new[] { "meten-testen" } }, ApiClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
