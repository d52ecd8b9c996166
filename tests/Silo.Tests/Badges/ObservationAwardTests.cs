using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>A juror recognises what they saw a team do at the venue, also for a team that logged no milestone.</summary>
public sealed class ObservationAwardTests(SiloFixture silo)
{
    [Fact]
    public async Task AJurorAwardsATeamWithoutMilestonesOnAnObservationNoteThatTheCredentialCarriesAsObservationEvidence()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        using var juror = await organiser.InvitedAsync(challenge.Id, "juror");
        const string note = "Ik zag hoe het team de schakeling stap voor stap doormat en elke waarde noteerde.";

        using var response = await juror.PostAsJsonAsync(BadgesPath(team),
            new { competenceId = "meten-testen", level = 2, shown = "Jullie meten nauwkeurig.", observation = note }, ApiClient.Json, cancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var badge = (await response.Content.ReadFromJsonAsync<Badge>(ApiClient.Json, cancellationToken))!;
        Assert.Equal(note, badge.Observation);
        Assert.Empty(badge.MilestoneIds);
        var queue = await juror.GetFromJsonAsync<ReviewOverview>($"/api/challenges/{challenge.Id}/review-queue", ApiClient.Json, cancellationToken);
        Assert.DoesNotContain(queue!.NotYetVisited, t => t.Id == team.Id);
        using var anonymous = silo.CreateAnonymousClient();
        var signed = await IssuedCredential.JwsAsync(anonymous, badge.Id, cancellationToken);
        var evidence = IssuedCredential.Payload(signed).GetProperty("evidence");
        var observation = Assert.Single(evidence.EnumerateArray());
        Assert.Equal("Observation", observation.GetProperty("genre").GetString());
        Assert.Equal(note, observation.GetProperty("narrative").GetString());
        Assert.Contains("Evidence", observation.GetProperty("type").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task AnObservationNoteThatCouldReadAsStigmatisingIsRefusedWithThePhraseAndNothingIsStored()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Ampère");

        using var response = await organiser.PostAsJsonAsync(BadgesPath(team),
            new { competenceId = "bedraden", level = 2, shown = "Netjes bedraad.", observation = "Knap voor een lage richting." }, ApiClient.Json, cancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("lage richting", ((JsonElement)problem.Extensions["errors"]!).GetProperty("observation")[0].GetString());
        Assert.Empty((await organiser.GetFromJsonAsync<Badge[]>(BadgesPath(team), ApiClient.Json, cancellationToken))!);
    }

    [Fact]
    public async Task ADoubleSubmissionWithOneIdempotencyKeyCreatesOneBadgeAndTheKeyCannotCarryAnotherObservation()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Zonnewagen");
        var key = Guid.NewGuid().ToString();
        var award = new { competenceId = "bedraden", level = 3, shown = "Strak bedraad.", observation = "Ik zag het team elke draad controleren." };

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => PostAsync(organiser, team, award, key, cancellationToken)));
        using var other = await PostAsync(organiser, team, award with { observation = "Een andere waarneming." }, key, cancellationToken);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<Badge>(ApiClient.Json, cancellationToken))!.Id));
        Assert.Single(ids.Distinct());
        await other.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Single((await organiser.GetFromJsonAsync<Badge[]>(BadgesPath(team), ApiClient.Json, cancellationToken))!);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, Grains.Teams.TeamDetails team, object award, string key, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BadgesPath(team)) { Content = JsonContent.Create(award, options: ApiClient.Json) };
        request.Headers.Add("Idempotency-Key", key);
        return await http.SendAsync(request, cancellationToken);
    }

    private static string BadgesPath(Grains.Teams.TeamDetails team) => $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/badges";
}
