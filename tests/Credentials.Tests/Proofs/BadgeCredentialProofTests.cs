using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.JsonLd;
using ChallengeHub.LinkedData.Proofs;

namespace ChallengeHub.LinkedData.Tests.Proofs;

/// <summary>A credential shaped like ChallengeHub's OB 3.0 badges, over the vendored contexts in safe mode.</summary>
public sealed class BadgeCredentialProofTests
{
    private const string Method = "https://challengehub.example/issuers/keys/ed25519#z6Mk";

    private static JsonObject Credential() => JsonNode.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Vectors", "challengehub", "badge-credential.json")))!.AsObject();

    [Fact]
    public void EveryTermOfTheBadgeIsDefinedByTheVendoredContexts()
    {
        var quads = JsonLdProcessor.ToRdf(Credential());

        Assert.Contains(quads, q => q.Predicate.Value == "https://www.w3.org/ns/credentials/status#statusPurpose");
        Assert.Contains(quads, q => q.Object.Value == "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential");
        Assert.Contains(quads, q => q.Predicate.Value == "https://purl.imsglobal.org/spec/vc/ob/vocab.html#narrative");
    }

    [Fact]
    public void ATermNoContextDefinesIsRefusedInSafeMode()
    {
        var credential = Credential();
        credential["credentialSubject"]!["nickname"] = "Vonk";

        var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.ToRdf(credential));

        Assert.Equal("undefined term", error.Code);
    }

    [Fact]
    public void AContextThatIsNotVendoredIsRefused()
    {
        var credential = Credential();
        credential["@context"]!.AsArray().Add("https://example.org/unknown-context.jsonld");

        var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.ToRdf(credential));

        Assert.Equal("loading remote context failed", error.Code);
    }

    [Fact]
    public void ASignedBadgeVerifiesWithItsKeyAndNotWithAnother()
    {
        var key = Ed25519Multikey.Generate();
        var other = Ed25519Multikey.Generate();

        var signed = EddsaRdfc2022.Sign(Credential(), key, Method, DateTimeOffset.UnixEpoch.AddYears(57));

        Assert.True(EddsaRdfc2022.Verify(signed, _ => Ed25519Multikey.FromPublicKeyMultibase(key.PublicKeyMultibase)).Verified);
        Assert.False(EddsaRdfc2022.Verify(signed, _ => other).Verified);
    }

    [Fact]
    public void ChangingTheJurorsWordsOrTheStatusIndexBreaksTheProof()
    {
        var key = Ed25519Multikey.Generate();
        var signed = EddsaRdfc2022.Sign(Credential(), key, Method, DateTimeOffset.UnixEpoch.AddYears(57));
        var words = (JsonObject)signed.DeepClone();
        words["evidence"]![1]!["narrative"] = "Het team werkte snel.";
        var status = (JsonObject)signed.DeepClone();
        status["credentialStatus"]!["statusListIndex"] = "94568";

        Assert.False(EddsaRdfc2022.Verify(words, _ => key).Verified);
        Assert.False(EddsaRdfc2022.Verify(status, _ => key).Verified);
    }

    [Fact]
    public void ReorderingTheJsonDoesNotBreakTheProof()
    {
        var key = Ed25519Multikey.Generate();
        var signed = EddsaRdfc2022.Sign(Credential(), key, Method, DateTimeOffset.UnixEpoch.AddYears(57));
        var reordered = new JsonObject(signed.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

        Assert.True(EddsaRdfc2022.Verify(reordered, _ => key).Verified);
    }
}
