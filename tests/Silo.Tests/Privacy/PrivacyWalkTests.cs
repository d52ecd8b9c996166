using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Evidence;
using SkiaSharp;

namespace ChallengeHub.Silo.Tests.Privacy;

/// <summary>
/// A pupil who gave no consent at all walks every surface the public and employers can reach: none of them carries the
/// pupil's words, nickname or photo, neither while the pupil takes part nor after their data is erased.
/// </summary>
public sealed class PrivacyWalkTests(SiloFixture silo)
{
    private const string Nickname = "Sterremos";
    private const string Title = "Lichtkrant Sterremos soldeerde";
    private const string Story = "Mijn eigen verhaal over de lichtkrant, met de fouten die ik maakte.";

    [Fact]
    public async Task APupilWithoutAnyConsentLeavesNoWordNicknameOrPhotoOnAnyPublicOrEmployerSurfaceBeforeOrAfterErasure()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        var team = await coach.RegisterTeamAsync(challenge.Id, "De Lichtbakens");
        var employerToken = await EmployerTokenAsync(organiser, challenge.Id);
        await PublicSurfaces.SetShowcasePublicAsync(organiser, challenge.Id, true);
        await using var wallWatcher = await HubRecorder.StartAsync(silo.BaseAddress, null, cancellationToken, "wallDelta");
        await using var showcaseWatcher = await HubRecorder.StartAsync(silo.BaseAddress, employerToken, cancellationToken, "showcaseTeam");
        await wallWatcher.WatchAsync("WatchChallenge", challenge.Id, cancellationToken);
        await showcaseWatcher.WatchAsync("WatchShowcase", challenge.Id, cancellationToken);

        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, Nickname);
        var photo = await pupil.UploadPhotoAsync(team, TestPhotos.Encode(64, 48, SKEncodedImageFormat.Png));
        using var logged = await pupil.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones",
            new { title = Title, story = Story, competenceIds = new[] { "meten-testen" }, photoIds = new[] { photo.Id } }, ApiClient.Json, cancellationToken);
        logged.EnsureSuccessStatusCode();
        var milestoneId = (await logged.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json, cancellationToken)).GetProperty("id").GetGuid();
        var badge = await organiser.AwardBadgeAsync(team, "meten-testen", 3, milestoneId);
        await showcaseWatcher.ReceiveAsync("showcaseTeam", u => u.GetRawText().Contains(badge.Id.ToString(), StringComparison.Ordinal), cancellationToken);
        await wallWatcher.ReceiveAsync("wallDelta", d => d.GetProperty("kind").GetString() == "badgeAwarded", cancellationToken);
        var secrets = new[] { Nickname, "Lichtkrant", "eigen verhaal", photo.Id.ToString() };

        var before = await EverySurfaceAsync(challenge.Id, team, badge.Id, milestoneId, photo.Id, employerToken, cancellationToken);
        var pupilId = Assert.Single(await coach.GetFromJsonAsync<Pupil[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken) ?? []).Id;
        using var erased = await coach.DeleteAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils/{pupilId}", cancellationToken);
        erased.EnsureSuccessStatusCode();
        await wallWatcher.ReceiveAsync("wallDelta", d => d.GetProperty("kind").GetString() == "teamChanged", cancellationToken);
        var after = await EverySurfaceAsync(challenge.Id, team, badge.Id, milestoneId, photo.Id, employerToken, cancellationToken);

        foreach (var (surface, text) in before.Concat(after).Append(("wall hub", wallWatcher.Everything)).Append(("showcase hub", showcaseWatcher.Everything)))
        {
            Assert.All(secrets, secret => Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{surface} shows '{secret}': {text}"));
        }

        Assert.Contains(before, s => s.Surface == "wall" && s.Text.Contains(milestoneId.ToString(), StringComparison.Ordinal));
        Assert.Contains(before, s => s.Surface.StartsWith("badge page", StringComparison.Ordinal) && s.Text.Contains(team.Name, StringComparison.Ordinal));
    }

    /// <summary>Every surface the public or an employer reaches, as text; images as their status code.</summary>
    private async Task<List<(string Surface, string Text)>> EverySurfaceAsync(
        Guid challengeId, TeamDetails team, Guid badgeId, Guid milestoneId, Guid photoId, string employerToken, CancellationToken cancellationToken)
    {
        using var anonymous = silo.CreateAnonymousClient();
        using var employer = silo.CreateAnonymousClient();
        employer.DefaultRequestHeaders.Authorization = new("Bearer", employerToken);
        await using var hub = await HubRecorder.StartAsync(silo.BaseAddress, null, cancellationToken);
        var surfaces = new List<(string, string)>
        {
            ("wall", await anonymous.GetStringAsync($"/api/challenges/{challengeId}/wall", cancellationToken)),
            ("wall snapshot on the hub", (await hub.WatchAsync("WatchChallenge", challengeId, cancellationToken)).GetRawText()),
            ("public showcase", await anonymous.GetStringAsync($"/api/challenges/{challengeId}/showcase", cancellationToken)),
            ("employer showcase", await employer.GetStringAsync($"/api/challenges/{challengeId}/showcase", cancellationToken)),
            ("teams", await anonymous.GetStringAsync($"/api/challenges/{challengeId}/teams", cancellationToken)),
            ("issuer page", await anonymous.GetStringAsync($"/issuers/{challengeId}", cancellationToken)),
            ("badge page", await anonymous.GetStringAsync($"/badges/{badgeId}", cancellationToken)),
            ("credential", await PublicSurfaces.CredentialPayloadAsync(anonymous, badgeId, cancellationToken)),
            ("evidence page", await anonymous.GetStringAsync($"/milestones/{milestoneId}", cancellationToken)),
            ("evidence page json", await anonymous.GetStringAsync($"/milestones/{milestoneId}.json", cancellationToken)),
        };
        foreach (var path in new[] { $"/api/challenges/{challengeId}/wall/photos/{photoId}", $"/api/challenges/{challengeId}/showcase/teams/{team.Id}/photos/{photoId}" })
        {
            using var image = await employer.GetAsync(path, cancellationToken);
            surfaces.Add((path, image.StatusCode == HttpStatusCode.OK ? $"photo {photoId} shown" : $"{(int)image.StatusCode}"));
        }

        return surfaces;
    }

    private async Task<string> EmployerTokenAsync(HttpClient organiser, Guid challengeId)
    {
        var name = $"Werkgever {Guid.NewGuid():N}";
        const string passphrase = "een lange zin als wachtwoord";
        using var http = ApiClient.CreateCookieClient(silo.BaseAddress);
        using var redeemed = await http.SignInAsync($"/api/invites/{await organiser.InviteAsync(challengeId, "employer")}/redeem", new { displayName = name, passphrase });
        redeemed.EnsureSuccessStatusCode();
        return await ApiClient.IssueTokenAsync(http, name, passphrase);
    }
}
