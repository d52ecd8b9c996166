using System.Text;
using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.JsonLd;
using ChallengeHub.LinkedData.Proofs;

namespace ChallengeHub.LinkedData.Tests.Proofs;

/// <summary>The eddsa-rdfc-2022 test vector of the W3C vc-di-eddsa specification, step by step.</summary>
public sealed class EddsaRdfc2022VectorTests
{
    private static readonly JsonLdOptions Options = new(new VectorContexts());

    private static JsonObject Json(string file) => JsonNode.Parse(VectorContexts.Read(file))!.AsObject();

    private static Ed25519Multikey Key() =>
        Ed25519Multikey.FromSecretKeyMultibase(Json("keyPair.json")["privateKeyMultibase"]!.GetValue<string>());

    [Fact]
    public void TheSecretKeyGivesThePublishedPublicKey() =>
        Assert.Equal(Json("keyPair.json")["publicKeyMultibase"]!.GetValue<string>(), Key().PublicKeyMultibase);

    [Fact]
    public void TheDocumentCanonicalisesToThePublishedNQuads() =>
        Assert.Equal(VectorContexts.Read("canonDocDataInt.txt").TrimEnd('\n') + "\n",
            Encoding.UTF8.GetString(EddsaRdfc2022.Canonical(Json("unsigned.json"), Options)));

    [Fact]
    public void TheProofConfigurationCanonicalisesToThePublishedNQuads() =>
        Assert.Equal(VectorContexts.Read("proofCanonDataInt.txt").TrimEnd('\n') + "\n",
            Encoding.UTF8.GetString(EddsaRdfc2022.Canonical(Json("proofConfigDataInt.json"), Options)));

    [Fact]
    public void TheHashDataIsThePublishedCombinedHash()
    {
        var configuration = Json("proofConfigDataInt.json");

        var hash = EddsaRdfc2022.HashData(Json("unsigned.json"), configuration, Options);

        Assert.Equal(VectorContexts.Read("combinedHashDataInt.txt").Trim(), Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void SigningGivesThePublishedProofValue()
    {
        var configuration = Json("proofConfigDataInt.json");

        var signed = EddsaRdfc2022.Sign(
            Json("unsigned.json"), Key(), configuration["verificationMethod"]!.GetValue<string>(),
            DateTimeOffset.Parse(configuration["created"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            options: Options);

        Assert.Equal(VectorContexts.Read("sigBTC58DataInt.txt").Trim(), signed["proof"]!["proofValue"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(Json("signedDataInt.json"), signed));
    }

    [Fact]
    public void ThePublishedSignedCredentialVerifies() =>
        Assert.Equal(new ProofCheck(true), EddsaRdfc2022.Verify(Json("signedDataInt.json"), ResolveDidKey, Options));

    [Fact]
    public void AChangedWordInThePublishedCredentialIsCaught()
    {
        var tampered = Json("signedDataInt.json");
        tampered["credentialSubject"]!["alumniOf"] = "The School of Other Examples";

        var check = EddsaRdfc2022.Verify(tampered, ResolveDidKey, Options);

        Assert.False(check.Verified);
    }

    private static Ed25519Multikey? ResolveDidKey(string method) =>
        method.StartsWith("did:key:", StringComparison.Ordinal) ? Ed25519Multikey.FromPublicKeyMultibase(method[(method.IndexOf('#', StringComparison.Ordinal) + 1)..]) : null;
}
