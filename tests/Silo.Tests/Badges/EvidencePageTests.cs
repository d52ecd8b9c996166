using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Badges.Credentials;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>A badge's evidence is a public page per milestone, as long as a badge that stands names it, and it never names a pupil.</summary>
public sealed class EvidencePageTests(SiloFixture silo)
{
    [Fact]
    public async Task TheCredentialsEvidencePointsToAPublicPageWithTeamSchoolAndCompetencesAndTheTitleAndStoryOnlyWithConsent()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Stroomlijners", "VTI Brugge");
        using var lotte = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        var pupil = (await organiser.GetFromJsonAsync<Pupil[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken))!.Single();
        var milestone = await lotte.LogMilestoneAsync(team, "Meetrapport afgewerkt", "meten-testen");
        var badge = await organiser.AwardBadgeAsync(team, "meten-testen", 3, milestone.Id);
        using var anonymous = silo.CreateAnonymousClient();
        var jwt = await IssuedCredential.JwsAsync(anonymous, badge.Id, cancellationToken);
        var evidence = IssuedCredential.Payload(jwt).GetProperty("evidence")[0].GetProperty("id").GetString()!;

        var withoutConsent = await anonymous.GetFromJsonAsync<PublicMilestone>(new Uri(evidence).AbsolutePath + ".json", ApiClient.Json, cancellationToken);
        var page = await anonymous.GetStringAsync(new Uri(evidence).AbsolutePath, cancellationToken);
        using var consent = await organiser.PutAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils/{pupil.Id}/consent", new { showcase = true }, ApiClient.Json, cancellationToken);
        consent.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(evidence).AbsolutePath);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await anonymous.SendAsync(request, cancellationToken);
        var withConsent = await response.Content.ReadFromJsonAsync<PublicMilestone>(ApiClient.Json, cancellationToken);
        var json = await response.Content.ReadAsStringAsync(cancellationToken);

        Assert.EndsWith($"/milestones/{milestone.Id}", evidence, StringComparison.Ordinal);
        Assert.Equal(($"Mijlpaal van team De Stroomlijners op {milestone.LoggedAt:dd-MM-yyyy}: Meten en testen", "De Stroomlijners", "VTI Brugge", true),
            (withoutConsent!.Title, withoutConsent.TeamName, withoutConsent.School, withoutConsent.WordsWithheld));
        Assert.Equal(["meten-testen"], withoutConsent.Competences.Select(c => c.Id));
        Assert.Null(withoutConsent.Story);
        Assert.Equal([$"/badges/{badge.Id}"], withoutConsent.EvidenceOf.Select(url => new Uri(url).AbsolutePath));
        Assert.DoesNotContain("Meetrapport afgewerkt", page, StringComparison.Ordinal);
        Assert.Equal("Meetrapport afgewerkt", withConsent!.Title);
        Assert.Contains("VTI Brugge", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Zo hebben we het aangepakt.", page, StringComparison.Ordinal);
        Assert.Equal("Zo hebben we het aangepakt.", withConsent.Story);
        Assert.DoesNotContain("Lotte", page + json, StringComparison.Ordinal);
        Assert.DoesNotContain(pupil.Id.ToString(), json, StringComparison.Ordinal);
        Assert.DoesNotContain("photo", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AMilestoneNoStandingBadgeNamesIsNotFound()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var unused = await organiser.LogMilestoneAsync(team, "Schema getekend", "bedraden");
        var cited = await organiser.LogMilestoneAsync(team, "Kast bedraad", "bedraden");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2, cited.Id);
        using var anonymous = silo.CreateAnonymousClient();
        using var before = await anonymous.GetAsync($"/milestones/{cited.Id}", cancellationToken);

        using var revoke = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges/{badge.Id}/revoke", new { reason = "Dubbel uitgereikt." }, ApiClient.Json, cancellationToken);
        revoke.EnsureSuccessStatusCode();
        using var afterRevoke = await anonymous.GetAsync($"/milestones/{cited.Id}.json", cancellationToken);
        using var notEvidence = await anonymous.GetAsync($"/milestones/{unused.Id}", cancellationToken);
        using var unknown = await anonymous.GetAsync($"/milestones/{Guid.NewGuid()}.json", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("text/html", before.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, afterRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notEvidence.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
