using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Silo.Tests.Evidence;

namespace ChallengeHub.Silo.Tests.Showcase;

public sealed class ShowcaseApiTests(SiloFixture silo)
{
    [Fact]
    public async Task ThePublicSeesTheShowcaseOnlyAfterTheOrganiserMakesItPublic()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var anonymous = silo.CreateAnonymousClient();
        var path = $"/api/challenges/{challenge.Id}/showcase";

        using var closed = await anonymous.GetAsync(path, cancellationToken);
        using var opened = await organiser.PutAsJsonAsync(path, new { @public = true }, ApiClient.Json, cancellationToken);
        var feed = await anonymous.GetFromJsonAsync<ShowcaseFeed>(path, ApiClient.Json, cancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.True(feed!.Public);
    }

    [Fact]
    public async Task AnEmployerSeesAPhotoInTheShowcaseOnlyWhileItsUploaderConsentsAndOffersAVisitTheCoachAnswers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        var team = await coach.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        using var employer = await organiser.InvitedAsync(challenge.Id, "employer");
        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        var photo = await pupil.UploadPhotoAsync(team, TestPhotos.NoisyJpeg(320, 240));
        using var logged = await pupil.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones",
            new { title = "Motor getest", story = "De motor draait.", competenceIds = new[] { challenge.Competences[0].Id }, photoIds = new[] { photo.Id } }, ApiClient.Json, cancellationToken);
        logged.EnsureSuccessStatusCode();
        var photoPath = $"/api/challenges/{challenge.Id}/showcase/teams/{team.Id}/photos/{photo.Id}";
        var pupilId = (await coach.GetFromJsonAsync<ChallengeHub.Grains.Teams.Pupil[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken))!.Single().Id;

        using var withoutConsent = await employer.GetAsync(photoPath, cancellationToken);
        using var consent = await coach.PutAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils/{pupilId}/consent", new { showcase = true, photos = true }, ApiClient.Json, cancellationToken);
        consent.EnsureSuccessStatusCode();
        using var withConsent = await employer.GetAsync(photoPath, cancellationToken);
        using var made = await employer.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/offers", new { kind = "visit", message = "Kom eens kijken." }, ApiClient.Json, cancellationToken);
        var offer = (await made.Content.ReadFromJsonAsync<Offer>(ApiClient.Json, cancellationToken))!;
        using var answer = await coach.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/offers/{offer.Id}/answer", new { accept = true, message = "Graag!" }, ApiClient.Json, cancellationToken);
        var feed = await employer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/challenges/{challenge.Id}/showcase", ApiClient.Json, cancellationToken);
        var mine = (await employer.GetFromJsonAsync<Offer[]>($"/api/challenges/{challenge.Id}/offers", ApiClient.Json, cancellationToken))!;

        await EvidenceApiClient.AssertProblemAsync(withoutConsent, 404);
        Assert.Equal(HttpStatusCode.OK, withConsent.StatusCode);
        Assert.True(withConsent.Headers.CacheControl is { NoStore: true, Private: true }, "A consented photo may not be kept by any cache.");
        Assert.Empty(MeritFields.In(feed));
        Assert.Equal([photo.Id], feed.GetProperty("items").EnumerateArray().Single().GetProperty("photoIds").EnumerateArray().Select(p => p.GetGuid()));
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal((OfferKind.Visit, true, "Graag!"), (mine.Single().Kind, mine.Single().Answer!.Accepted, mine.Single().Answer!.Message));
    }
}
