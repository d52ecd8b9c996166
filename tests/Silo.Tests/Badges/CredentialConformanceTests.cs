using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>
/// What Open Badges 3.0 and VC-JOSE-COSE ask of a credential, checked from the outside the way the 1EdTech validator and
/// VCDM 2.0 verifiers read it: the address, the media type, the header, the key its kid names, the terms it uses.
/// </summary>
public sealed class CredentialConformanceTests(SiloFixture silo)
{
    [Fact]
    public async Task TheBadgeJsonAddressAnswersTheCompactJwsItselfAsVcJwt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var badgeId = await AwardAsync("De Vonk");
        using var anonymous = silo.CreateAnonymousClient();

        using var response = await anonymous.GetAsync($"/badges/{badgeId}.json", cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vc+jwt", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", body);
    }

    [Fact]
    public async Task TheJwtPayloadIsTheVcdm2CredentialItselfTypedVcJwt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var badgeId = await AwardAsync("De Vonk");
        using var anonymous = silo.CreateAnonymousClient();

        var jws = await IssuedCredential.JwsAsync(anonymous, badgeId, cancellationToken);
        var header = IssuedCredential.Header(jws);
        var payload = IssuedCredential.Payload(jws);

        Assert.Equal("vc+jwt", header.GetProperty("typ").GetString());
        Assert.Equal("https://www.w3.org/ns/credentials/v2", payload.GetProperty("@context")[0].GetString());
        Assert.Contains("OpenBadgeCredential", payload.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.False(payload.TryGetProperty("vc", out _));
    }

    [Fact]
    public async Task TheKidDereferencesToTheOneJwkThatVerifiesTheSignature()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var badgeId = await AwardAsync("De Vonk");
        using var anonymous = silo.CreateAnonymousClient();
        var jws = await IssuedCredential.JwsAsync(anonymous, badgeId, cancellationToken);
        var kid = IssuedCredential.Header(jws).GetProperty("kid").GetString()!;

        var key = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri(kid).PathAndQuery, cancellationToken)).RootElement;
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jws, new TokenValidationParameters
        {
            IssuerSigningKey = new JsonWebKey(key.GetRawText()),
            ValidAlgorithms = ["RS256"],
            ValidateAudience = false,
            ValidateIssuer = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            TryAllIssuerSigningKeys = false,
        });

        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal(kid, key.GetProperty("kid").GetString());
        Assert.False(key.TryGetProperty("d", out _));
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task ACredentialIsSignedOnceAtAwardAndNotAgainForTheHostARequestNames()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var badgeId = await AwardAsync("De Vonk");
        using var anonymous = silo.CreateAnonymousClient();

        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, $"/badges/{badgeId}.json");
        elsewhere.Headers.Host = "elsewhere.example";
        using var response = await anonymous.SendAsync(elsewhere, cancellationToken);
        var asked = await response.Content.ReadAsStringAsync(cancellationToken);
        var issued = await IssuedCredential.JwsAsync(anonymous, badgeId, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(issued, asked);
        Assert.DoesNotContain("elsewhere", IssuedCredential.PayloadText(asked), StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", IssuedCredential.Header(asked).GetProperty("kid").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACredentialCarriesNoNullOrEmptyArrayAndNamesItsSchemaAndNoUndefinedStatusTerm()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var badgeId = await AwardAsync("De Vonk");
        using var anonymous = silo.CreateAnonymousClient();

        var payload = IssuedCredential.Payload(await IssuedCredential.JwsAsync(anonymous, badgeId, cancellationToken));

        Assert.False(payload.TryGetProperty("evidence", out _));
        Assert.Empty(EmptyValues(payload, "$"));
        var schema = Assert.Single(payload.GetProperty("credentialSchema").EnumerateArray());
        Assert.Equal("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json", schema.GetProperty("id").GetString());
        Assert.Equal("1EdTechJsonSchemaValidator2019", schema.GetProperty("type").GetString());
        Assert.DoesNotContain("1EdTechRevocationList", payload.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("BitstringStatusListEntry", payload.GetProperty("credentialStatus").GetProperty("type").GetString());
    }

    [Fact]
    public async Task TheIssuerProfileUsesNoTermTheContextsLeaveUndefined()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var badgeId = await AwardAsync("De Vonk");
        using var anonymous = silo.CreateAnonymousClient();
        var issuerId = IssuedCredential.Payload(await IssuedCredential.JwsAsync(anonymous, badgeId, cancellationToken)).GetProperty("issuer").GetProperty("id").GetString()!;

        var profile = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri(issuerId).PathAndQuery, cancellationToken)).RootElement;

        Assert.Equal(issuerId, profile.GetProperty("id").GetString());
        Assert.False(profile.TryGetProperty("jwks_uri", out _));
    }

    /// <summary>Every path in <paramref name="json"/> whose value is null or an empty array.</summary>
    internal static IEnumerable<string> EmptyValues(JsonElement json, string path) => json.ValueKind switch
    {
        JsonValueKind.Null => [path],
        JsonValueKind.Array when json.GetArrayLength() == 0 => [path],
        JsonValueKind.Array => json.EnumerateArray().SelectMany((item, i) => EmptyValues(item, $"{path}[{i}]")),
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => EmptyValues(p.Value, $"{path}.{p.Name}")),
        _ => [],
    };

    private async Task<Guid> AwardAsync(string teamName)
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, teamName);
        return (await organiser.AwardBadgeAsync(team, "bedraden", 2)).Id;
    }
}
