using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Silo.Badges.Credentials;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>The organiser rotates the signing key; badges signed before keep verifying, here and for any JOSE library.</summary>
public sealed class KeyRotationTests(SiloFixture silo)
{
    [Fact]
    public async Task ABadgeIssuedBeforeARotationStillVerifiesAfterItAndNewBadgesUseTheNewKey()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 3);
        using var anonymous = silo.CreateAnonymousClient();
        var before = await CredentialOfAsync(anonymous, badge.Id, cancellationToken);

        using var rotate = await organiser.PostAsync("/api/badges/keys/rotate", null, cancellationToken);
        var keys = await rotate.Content.ReadFromJsonAsync<PublishedKey[]>(ApiClient.Json, cancellationToken);
        var unchanged = await CredentialOfAsync(anonymous, badge.Id, cancellationToken);
        var later = await organiser.AwardBadgeAsync(team, "meten-testen", 2);
        var after = await CredentialOfAsync(anonymous, later.Id, cancellationToken);
        var keySet = new JsonWebKeySet(await anonymous.GetStringAsync("/.well-known/jwks.json", cancellationToken));
        var independent = await new JsonWebTokenHandler().ValidateTokenAsync(before, new TokenValidationParameters
        {
            IssuerSigningKeys = keySet.GetSigningKeys(),
            ValidAlgorithms = ["RS256"],
            ValidateAudience = false,
            ValidateIssuer = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        using var verify = await anonymous.PostAsJsonAsync("/api/badges/verify", new { credential = before }, ApiClient.Json, cancellationToken);
        var report = await verify.Content.ReadFromJsonAsync<VerificationReport>(ApiClient.Json, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, rotate.StatusCode);
        var signing = Assert.Single(keys!, k => k.Signing);
        Assert.NotEqual(new JsonWebToken(before).Kid, signing.Kid);
        Assert.Equal(before, unchanged);
        Assert.Contains(keySet.Keys, k => k.Kid == new JsonWebToken(after).Kid);
        Assert.NotEqual(new JsonWebToken(before).Kid, new JsonWebToken(after).Kid);
        Assert.Contains(keySet.Keys, k => k.Kid == new JsonWebToken(before).Kid);
        Assert.True(independent.IsValid, independent.Exception?.Message);
        Assert.True(report!.Valid, string.Join("; ", report.Checks.Select(c => c.Detail)));
        Assert.StartsWith(silo.BaseAddress.GetLeftPart(UriPartial.Authority), new JsonWebToken(after).Kid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAnOrganiserRotatesTheKey()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var juror = await organiser.InvitedAsync(challenge.Id, "juror");
        using var anonymous = silo.CreateAnonymousClient();

        using var byJuror = await juror.PostAsync("/api/badges/keys/rotate", null, cancellationToken);
        using var byPublic = await anonymous.PostAsync("/api/badges/keys/rotate", null, cancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, byJuror.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byPublic.StatusCode);
    }

    [Theory]
    [InlineData(null, "http://localhost:5080")]
    [InlineData("", "http://localhost:5080")]
    [InlineData("https://challengehub.example/", "https://challengehub.example")]
    [InlineData(" https://badges.provincie.example ", "https://badges.provincie.example")]
    public void TheConfiguredPublicAddressNamesCredentialsAndTheRequestsOwnAddressOtherwise(string? configured, string expected)
    {
        var origin = PublicAddress.Resolve(configured, "http", "localhost:5080");

        Assert.Equal(expected, origin);
        Assert.Equal($"{expected}/badges/{Guid.Empty}", BadgeCredentials.CredentialId(origin, Guid.Empty));
    }

    private static Task<string> CredentialOfAsync(HttpClient http, Guid badgeId, CancellationToken cancellationToken) =>
        IssuedCredential.JwsAsync(http, badgeId, cancellationToken);
}
