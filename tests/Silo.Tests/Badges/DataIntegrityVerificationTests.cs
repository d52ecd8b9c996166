using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Silo.Tests.Verifier;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>
/// The Data Integrity form of a badge, checked in Node by Digital Bazaar's <c>vc</c> with the <c>eddsa-rdfc-2022</c>
/// cryptosuite (the verifier behind the Learner Credential Wallet), against the issuer's did:web document served by the Silo.
/// </summary>
public sealed class DataIntegrityVerificationTests(SiloFixture silo)
{
    [Fact]
    public async Task ABadgesDataIntegrityProofVerifiesAndItsRevocationIsReadThroughTheBitstringList()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);

        var before = await IndependentVerifier.RunAsync("data-integrity", Address(badge.Id));
        using var revoke = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges/{badge.Id}/revoke",
            new { reason = "Dubbel uitgereikt." }, ApiClient.Json, cancellationToken);
        revoke.EnsureSuccessStatusCode();
        var after = await IndependentVerifier.RunAsync("data-integrity", Address(badge.Id));

        Assert.Equal("application/vc+ld+json", before.GetProperty("mediaType").GetString());
        Assert.True(before.GetProperty("verified").GetBoolean(), Errors(before));
        Assert.True(before.GetProperty("status").GetProperty("verified").GetBoolean(), Errors(before));
        Assert.False(before.GetProperty("status").GetProperty("revoked").GetBoolean());
        Assert.True(after.GetProperty("status").GetProperty("verified").GetBoolean(), Errors(after));
        // The proof still holds after a revocation; the list says the badge is revoked (vc reports the two apart).
        Assert.True(after.GetProperty("verified").GetBoolean(), Errors(after));
        Assert.True(after.GetProperty("status").GetProperty("revoked").GetBoolean());
        var proof = Assert.Single(before.GetProperty("credential").GetProperty("proof").EnumerateArray());
        Assert.Equal("eddsa-rdfc-2022", proof.GetProperty("cryptosuite").GetString());
        Assert.StartsWith("did:web:", proof.GetProperty("verificationMethod").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATamperedDataIntegrityCredentialIsRejected()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);

        var genuine = await IndependentVerifier.RunAsync("data-integrity", Address(badge.Id));
        var tampered = await IndependentVerifier.RunAsync("data-integrity", Address(badge.Id), "tamper");

        Assert.True(genuine.GetProperty("verified").GetBoolean(), Errors(genuine));
        Assert.False(tampered.GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task TheDataIntegrityCredentialIsSignedOnceAtAwardAndServedAsStored()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        using var anonymous = silo.CreateAnonymousClient();

        var first = await anonymous.GetStringAsync($"/badges/{badge.Id}.jsonld", cancellationToken);
        var second = await anonymous.GetStringAsync($"/badges/{badge.Id}.jsonld", cancellationToken);
        using var unknown = await anonymous.GetAsync($"/badges/{Guid.NewGuid()}.jsonld", cancellationToken);

        Assert.Equal(first, second);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        var credential = JsonDocument.Parse(first).RootElement;
        Assert.Equal(DidOf(challenge.Id), credential.GetProperty("issuer").GetProperty("id").GetString());
        Assert.EndsWith(".jsonld", credential.GetProperty("credentialStatus").GetProperty("statusListCredential").GetString(), StringComparison.Ordinal);
        // The same 1EdTech AchievementCredential schema as the JWT form: every credential ChallengeHub issues passes it.
        var schemaErrors = IndependentVerificationTests.SchemaErrors(credential);
        Assert.True(schemaErrors.Count == 0, string.Join(Environment.NewLine, schemaErrors));
    }

    private string DidOf(Guid challengeId) =>
        $"did:web:{silo.BaseAddress.Host}%3A{silo.BaseAddress.Port}:issuers:{challengeId}";

    private string Address(Guid badgeId) => new Uri(silo.BaseAddress, $"/badges/{badgeId}.jsonld").ToString();

    private static string Errors(JsonElement report) => string.Join("; ", report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
}
