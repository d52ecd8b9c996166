using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChallengeHub.Silo.Badges.Credentials;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>
/// A badge's credential checked the way a verifier outside ChallengeHub would: the key fetched from the address its
/// <c>kid</c> names, the signature checked with a standard JOSE library, the Open Badges 3.0 fields read from the payload.
/// </summary>
public sealed class CredentialTests(SiloFixture silo)
{
    [Fact]
    public async Task TheCredentialVerifiesAgainstThePublishedKeyAndCarriesTheRequiredOpenBadgesFields()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        var milestone = await organiser.LogMilestoneAsync(team, "Meetrapport afgewerkt", "meten-testen");
        var badge = await organiser.AwardBadgeAsync(team, "meten-testen", 3, milestone.Id);
        using var anonymous = silo.CreateAnonymousClient();

        var jwt = await CredentialOfAsync(anonymous, badge.Id, cancellationToken);
        var token = new JsonWebToken(jwt);
        var key = new JsonWebKey(await anonymous.GetStringAsync(new Uri(token.Kid).PathAndQuery, cancellationToken));
        var keySet = new JsonWebKeySet(await anonymous.GetStringAsync("/.well-known/jwks.json", cancellationToken));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, Parameters(key));

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("RS256", token.Alg);
        Assert.True(key.Kid == token.Kid && key.Kty == "RSA" && string.IsNullOrEmpty(key.D));
        Assert.Contains(keySet.Keys, k => k.Kid == token.Kid);
        var vc = IssuedCredential.Payload(jwt);
        Assert.Equal([BadgeCredentials.VcContext, BadgeCredentials.ObContext, BadgeCredentials.ExtensionsContext], vc.GetProperty("@context").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("OpenBadgeCredential", vc.GetProperty("type").EnumerateArray().Select(e => e.GetString()));
        Assert.EndsWith($"/badges/{badge.Id}", vc.GetProperty("id").GetString(), StringComparison.Ordinal);
        var subject = vc.GetProperty("credentialSubject");
        Assert.Equal($"urn:uuid:{team.Id}", subject.GetProperty("id").GetString());
        var achievement = subject.GetProperty("achievement");
        Assert.Equal("Meten en testen", achievement.GetProperty("name").GetString());
        Assert.Contains("niveau 3/4", achievement.GetProperty("criteria").GetProperty("narrative").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("#level-3", subject.GetProperty("result")[0].GetProperty("achievedLevel").GetString(), StringComparison.Ordinal);
        Assert.Equal($"Mijlpaal van team De Stroomlijners op {milestone.LoggedAt:dd-MM-yyyy}: Meten en testen", vc.GetProperty("evidence")[0].GetProperty("name").GetString());
        Assert.True(vc.TryGetProperty("validFrom", out _));
        Assert.True(subject.TryGetProperty("source", out _));
        var issuerId = vc.GetProperty("issuer").GetProperty("id").GetString()!;
        var issuer = await anonymous.GetFromJsonAsync<JsonElement>(new Uri(issuerId).PathAndQuery, cancellationToken);
        Assert.Equal(issuerId, issuer.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ATamperedCredentialFailsTheSignatureHereAndAtTheVerifyEndpoint()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        using var anonymous = silo.CreateAnonymousClient();
        var jwt = await CredentialOfAsync(anonymous, badge.Id, cancellationToken);
        var parts = jwt.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("#level-2", "#level-4", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
        var keySet = new JsonWebKeySet(await anonymous.GetStringAsync("/.well-known/jwks.json", cancellationToken));

        var independent = await new JsonWebTokenHandler().ValidateTokenAsync(tampered, Parameters(keySet.Keys.Single(k => k.Kid == new JsonWebToken(jwt).Kid)));
        var genuine = await VerifyAsync(anonymous, jwt, cancellationToken);
        var report = await VerifyAsync(anonymous, tampered, cancellationToken);

        Assert.False(independent.IsValid);
        Assert.True(genuine.Valid, string.Join("; ", genuine.Checks.Select(c => c.Detail)));
        Assert.Equal(["signature", "schema", "dates", "revocation"], genuine.Checks.Select(c => c.Check));
        Assert.False(report.Valid);
        Assert.False(report.Checks.Single(c => c.Check == "signature").Passed);
    }

    [Fact]
    public async Task ARevokedBadgeVerifiesAsRevokedAndItsPageSaysSoWithoutNamingPupils()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        using var anonymous = silo.CreateAnonymousClient();
        var jwt = await CredentialOfAsync(anonymous, badge.Id, cancellationToken);
        using var revoke = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges/{badge.Id}/revoke", new { reason = "Dubbel uitgereikt." }, ApiClient.Json, cancellationToken);
        revoke.EnsureSuccessStatusCode();

        var report = await VerifyAsync(anonymous, jwt, cancellationToken);
        var page = await anonymous.GetStringAsync($"/badges/{badge.Id}?ui-culture=nl", cancellationToken);

        Assert.False(report.Valid);
        Assert.True(report.Checks.Single(c => c.Check == "signature").Passed);
        Assert.Contains("Dubbel uitgereikt.", report.Checks.Single(c => c.Check == "revocation" && !c.Passed).Detail, StringComparison.Ordinal);
        Assert.Contains("Ingetrokken", page, StringComparison.Ordinal);
        Assert.Contains("De Vonk", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lotte", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lotte", jwt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCredentialIsServedForAcceptVcJwtAndAnUnknownBadgeIsNotFound()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        using var anonymous = silo.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/badges/{badge.Id}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vc+jwt"));

        using var response = await anonymous.SendAsync(request, cancellationToken);
        using var unknown = await anonymous.GetAsync($"/badges/{Guid.NewGuid()}.json", cancellationToken);

        var credential = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.Equal("application/vc+jwt", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await CredentialOfAsync(anonymous, badge.Id, cancellationToken), credential);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static TokenValidationParameters Parameters(JsonWebKey key) => new()
    {
        IssuerSigningKey = key,
        ValidAlgorithms = ["RS256"],
        ValidateAudience = false,
        ValidateIssuer = false,
        ValidateLifetime = false,
        RequireExpirationTime = false,
    };

    private static Task<string> CredentialOfAsync(HttpClient http, Guid badgeId, CancellationToken cancellationToken) =>
        IssuedCredential.JwsAsync(http, badgeId, cancellationToken);

    private static async Task<VerificationReport> VerifyAsync(HttpClient http, string jwt, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/badges/verify", new { credential = jwt }, ApiClient.Json, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<VerificationReport>(ApiClient.Json, cancellationToken))!;
    }
}
