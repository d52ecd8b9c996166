using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Badges.Attributions;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>A coach names the pupils who showed a badge; the credential carries them as salted hashes that only each pupil can match.</summary>
public sealed class BadgeAttributionTests(SiloFixture silo)
{
    [Fact]
    public async Task TheCoachsAttributionPutsEachPupilInTheCredentialAsASaltedHashThatThePupilCanRecompute()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        var team = await coach.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        using var lotte = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        using var yasmine = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Yasmine");
        var pupils = await PupilsAsync(coach, team, cancellationToken);
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 3);

        using var attribute = await coach.PutAsJsonAsync($"{BadgesPath(team)}/{badge.Id}/pupils", new { pupilIds = pupils.Select(p => p.Id) }, ApiClient.Json, cancellationToken);
        var identity = await lotte.GetFromJsonAsync<PupilBadgeIdentity>($"{BadgesPath(team)}/identity", ApiClient.Json, cancellationToken);
        var jwt = await CredentialOfAsync(badge.Id, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, attribute.StatusCode);
        var identifiers = IssuedCredential.Payload(jwt).GetProperty("credentialSubject").GetProperty("identifier").EnumerateArray().ToArray();
        Assert.Equal(2, identifiers.Length);
        Assert.All(identifiers, i =>
        {
            Assert.Equal("IdentityObject", i.GetProperty("type").GetString());
            Assert.True(i.GetProperty("hashed").GetBoolean());
            Assert.StartsWith("sha256$", i.GetProperty("identityHash").GetString(), StringComparison.Ordinal);
        });
        var mine = Assert.Single(identity!.Badges);
        Assert.Contains(identifiers, i => i.GetProperty("salt").GetString() == mine.Salt && i.GetProperty("identityHash").GetString() == mine.IdentityHash);
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(jwt.Split('.')[1]));
        Assert.All(pupils, p =>
        {
            Assert.DoesNotContain(p.Nickname, payload, StringComparison.Ordinal);
            Assert.DoesNotContain(p.Id.ToString(), payload, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(identity.RecoveryCode, payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnErasedPupilDisappearsFromTheCredentialAndTheOtherStays()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        using var lotte = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        using var yasmine = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Yasmine");
        var pupils = await PupilsAsync(organiser, team, cancellationToken);
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        using var attribute = await organiser.PutAsJsonAsync($"{BadgesPath(team)}/{badge.Id}/pupils", new { pupilIds = pupils.Select(p => p.Id) }, ApiClient.Json, cancellationToken);
        attribute.EnsureSuccessStatusCode();
        var hers = (await yasmine.GetFromJsonAsync<PupilBadgeIdentity>($"{BadgesPath(team)}/identity", ApiClient.Json, cancellationToken))!.Badges.Single();

        using var erase = await organiser.DeleteAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils/{pupils.Single(p => p.Nickname == "Lotte").Id}", cancellationToken);
        var jwt = await CredentialOfAsync(badge.Id, cancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, erase.StatusCode);
        var identifier = Assert.Single(IssuedCredential.Payload(jwt).GetProperty("credentialSubject").GetProperty("identifier").EnumerateArray());
        Assert.Equal(hers.IdentityHash, identifier.GetProperty("identityHash").GetString());
    }

    [Fact]
    public async Task APupilOfAnotherTeamIsRefusedWithAProblemAndAnUnknownBadgeIsNotFound()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var other = await organiser.RegisterTeamAsync(challenge.Id, "De Bliksems");
        using var noor = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, other, "Noor");
        var stranger = (await PupilsAsync(organiser, other, cancellationToken)).Single();
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);

        using var foreign = await organiser.PutAsJsonAsync($"{BadgesPath(team)}/{badge.Id}/pupils", new { pupilIds = new[] { stranger.Id } }, ApiClient.Json, cancellationToken);
        using var unknown = await organiser.PutAsJsonAsync($"{BadgesPath(team)}/{Guid.NewGuid()}/pupils", new { pupilIds = Array.Empty<Guid>() }, ApiClient.Json, cancellationToken);
        using var missing = await organiser.PutAsJsonAsync($"{BadgesPath(team)}/{badge.Id}/pupils", new { }, ApiClient.Json, cancellationToken);

        var problem = await foreign.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("pupil", problem.Title, StringComparison.OrdinalIgnoreCase);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
        var jwt = await CredentialOfAsync(badge.Id, cancellationToken);
        Assert.False(IssuedCredential.Payload(jwt).GetProperty("credentialSubject").TryGetProperty("identifier", out _));
    }

    private static string BadgesPath(TeamDetails team) => $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/badges";

    private static async Task<Pupil[]> PupilsAsync(HttpClient http, TeamDetails team, CancellationToken cancellationToken) =>
        (await http.GetFromJsonAsync<Pupil[]>($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken))!;

    private async Task<string> CredentialOfAsync(Guid badgeId, CancellationToken cancellationToken)
    {
        using var anonymous = silo.CreateAnonymousClient();
        return await IssuedCredential.JwsAsync(anonymous, badgeId, cancellationToken);
    }
}
