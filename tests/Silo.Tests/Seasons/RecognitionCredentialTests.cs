using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Tests;
using ChallengeHub.Silo.Tests.Badges;
using ChallengeHub.Silo.Tests.Verifier;

namespace ChallengeHub.Silo.Tests.Seasons;

/// <summary>
/// A published recognition is an Open Badges 3.0 credential for the team, in both forms a badge has, issued by the same
/// issuer: it passes the 1EdTech schema and the independent verifiers, and carries no pupil's name or words.
/// </summary>
public sealed class RecognitionCredentialTests(SiloFixture silo)
{
    [Fact]
    public async Task APublishedRecognitionVerifiesInBothFormsAndCarriesNoPupilsWordsOrName()
    {
        var (challengeId, recognition, title) = await PublishedRecognitionAsync("Een onderzoeksnota van Lotte");

        var jwt = await IndependentVerifier.RunAsync("credential", Address(challengeId, recognition.Id, ".json"));
        var dataIntegrity = await IndependentVerifier.RunAsync("data-integrity", Address(challengeId, recognition.Id, ".jsonld"));

        foreach (var check in new[] { "signature", "expansion", "status" })
        {
            Assert.True(jwt.GetProperty(check).GetProperty("passed").GetBoolean(), $"{check}: {jwt.GetProperty(check)}");
        }

        Assert.True(dataIntegrity.GetProperty("verified").GetBoolean(), dataIntegrity.GetRawText());
        Assert.True(dataIntegrity.GetProperty("status").GetProperty("verified").GetBoolean(), dataIntegrity.GetRawText());
        foreach (var credential in new[] { jwt.GetProperty("credential"), dataIntegrity.GetProperty("credential") })
        {
            var errors = IndependentVerificationTests.SchemaErrors(credential);
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
            var subject = credential.GetProperty("credentialSubject");
            Assert.Equal($"urn:uuid:{recognition.TeamId}", subject.GetProperty("id").GetString());
            Assert.Equal("Creativiteit", subject.GetProperty("achievement").GetProperty("name").GetString());
            Assert.Equal("Een eigen idee, goed uitgewerkt", subject.GetProperty("achievement").GetProperty("criteria").GetProperty("narrative").GetString());
            // Lotte gave no consent to the showcase: neither her name nor her milestone's words are in what is signed.
            var text = credential.GetRawText();
            Assert.DoesNotContain(title, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Lotte", text, StringComparison.Ordinal);
            Assert.Equal(2, credential.GetProperty("evidence").GetArrayLength());
            Assert.DoesNotContain(NamesIn(credential), RankingWords.IsRankingName);
        }
    }

    [Fact]
    public async Task TheCredentialIsStoredAtPublicationListedForTheTeamAndOnlyAPublishedRecognitionOfTheChallengeHasOne()
    {
        var token = TestContext.Current.CancellationToken;
        var (challengeId, recognition, _) = await PublishedRecognitionAsync("Schets van de schakeling");
        using var anonymous = silo.CreateAnonymousClient();

        var first = await anonymous.GetStringAsync($"/recognitions/{challengeId}/{recognition.Id}.json", token);
        var second = await anonymous.GetStringAsync($"/recognitions/{challengeId}/{recognition.Id}.json", token);
        using var unknown = await anonymous.GetAsync($"/recognitions/{challengeId}/{Guid.NewGuid()}.jsonld", token);
        using var otherChallenge = await anonymous.GetAsync($"/recognitions/{Guid.NewGuid()}/{recognition.Id}.json", token);

        using var http = silo.CreateClient();
        var listed = await http.GetFromJsonAsync<Recognition[]>($"/api/challenges/{challengeId}/teams/{recognition.TeamId}/recognitions", ApiClient.Json, token);

        Assert.Equal(first, second);
        Assert.Equal([recognition.Id], listed!.Select(r => r.Id));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherChallenge.StatusCode);
    }

    [Fact]
    public async Task ARecognitionNotYetPublishedHasNoCredential()
    {
        var token = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var venue = await VenueOverviewApiTests.VenueWithAsync(http, challenge.Id, team.Id);
        using var agreed = await http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/season/venues/{venue}/board/recognitions",
            new { teamId = team.Id, categoryId = "proces", reason = "Elke stap in het logboek" }, token);
        var board = await agreed.Content.ReadFromJsonAsync<DeliberationBoard>(ApiClient.Json, token);
        using var anonymous = silo.CreateAnonymousClient();

        using var response = await anonymous.GetAsync($"/recognitions/{challenge.Id}/{board!.Teams[0].Recognitions[0].Id}.json", token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(Guid ChallengeId, Recognition Recognition, string Title)> PublishedRecognitionAsync(string title)
    {
        var token = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        using var lotte = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        var milestone = await lotte.LogMilestoneAsync(team, title, "bedraden");
        var venue = await VenueOverviewApiTests.VenueWithAsync(http, challenge.Id, team.Id);
        var board = $"/api/challenges/{challenge.Id}/season/venues/{venue}/board";
        (await http.PostAsJsonAsync($"{board}/recognitions", new
        {
            teamId = team.Id, categoryId = "creativiteit", reason = "Een eigen idee, goed uitgewerkt",
            words = "Jullie schakeling verraste ons.", milestoneIds = new[] { milestone.Id },
        }, token)).EnsureSuccessStatusCode();
        using var published = await http.PostAsJsonAsync($"{board}/publish", new { }, token);
        published.EnsureSuccessStatusCode();
        var result = await published.Content.ReadFromJsonAsync<DeliberationBoard>(ApiClient.Json, token);
        return (challenge.Id, result!.Teams.Single().Recognitions.Single(), title);
    }

    private string Address(Guid challengeId, Guid recognitionId, string extension) =>
        new Uri(silo.BaseAddress, $"/recognitions/{challengeId}/{recognitionId}{extension}").ToString();

    private static IEnumerable<string> NamesIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => NamesIn(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(NamesIn),
        _ => [],
    };
}
