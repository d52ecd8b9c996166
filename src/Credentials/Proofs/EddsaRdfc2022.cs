using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.JsonLd;
using ChallengeHub.LinkedData.Rdf;

namespace ChallengeHub.LinkedData.Proofs;

/// <summary>The outcome of checking a Data Integrity proof; <see cref="Problem"/> says why it failed.</summary>
public sealed record ProofCheck(bool Verified, string? Problem = null);

/// <summary>
/// The <c>eddsa-rdfc-2022</c> cryptosuite (W3C Data Integrity EdDSA Cryptosuites v1.0): the document and the proof
/// configuration are each turned into RDF, canonicalised with RDFC-1.0 and hashed with SHA-256; Ed25519 signs the
/// proof configuration hash followed by the document hash.
/// </summary>
public static class EddsaRdfc2022
{
    public const string ProofType = "DataIntegrityProof";
    public const string Cryptosuite = "eddsa-rdfc-2022";

    /// <summary>A copy of <paramref name="document"/> with a <c>proof</c> by <paramref name="key"/>.</summary>
    public static JsonObject Sign(
        JsonObject document, Ed25519Multikey key, string verificationMethod, DateTimeOffset created,
        string proofPurpose = "assertionMethod", JsonLdOptions? options = null)
    {
        var unsecured = (JsonObject)document.DeepClone();
        unsecured.Remove("proof");
        var proof = new JsonObject
        {
            ["type"] = ProofType,
            ["cryptosuite"] = Cryptosuite,
            ["created"] = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["verificationMethod"] = verificationMethod,
            ["proofPurpose"] = proofPurpose,
        };
        var signature = key.Sign(HashData(unsecured, proof, options));
        proof["proofValue"] = "z" + Base58.Encode(signature);
        unsecured["proof"] = proof;
        return unsecured;
    }

    /// <summary>
    /// Checks the single <c>proof</c> of <paramref name="document"/> (an object, or a proof set of one);
    /// <paramref name="resolveKey"/> dereferences the verification method to its public key (null when it cannot).
    /// </summary>
    public static ProofCheck Verify(JsonObject document, Func<string, Ed25519Multikey?> resolveKey, JsonLdOptions? options = null)
    {
        var single = document["proof"] is JsonArray { Count: 1 } set ? set[0] : document["proof"];
        if (single is not JsonObject proof)
        {
            return new ProofCheck(false, "The document has no single proof.");
        }
        if (proof["type"]?.GetValue<string>() != ProofType || proof["cryptosuite"]?.GetValue<string>() != Cryptosuite)
        {
            return new ProofCheck(false, $"The proof is not a {ProofType} with cryptosuite {Cryptosuite}.");
        }
        if (proof["proofValue"]?.GetValue<string>() is not { } proofValue || !proofValue.StartsWith('z'))
        {
            return new ProofCheck(false, "The proof value is not base58btc multibase.");
        }
        var method = proof["verificationMethod"]?.GetValue<string>();
        if (method is null || resolveKey(method) is not { } key)
        {
            return new ProofCheck(false, "The verification method does not dereference to an Ed25519 Multikey.");
        }
        var unsecured = (JsonObject)document.DeepClone();
        unsecured.Remove("proof");
        var configuration = (JsonObject)proof.DeepClone();
        configuration.Remove("proofValue");
        byte[] signature;
        try
        {
            signature = Base58.Decode(proofValue[1..]);
        }
        catch (FormatException)
        {
            return new ProofCheck(false, "The proof value is not base58btc multibase.");
        }
        return key.Verify(HashData(unsecured, configuration, options), signature)
            ? new ProofCheck(true)
            : new ProofCheck(false, "The signature does not match the document.");
    }

    /// <summary>SHA-256 of the canonical proof configuration, then SHA-256 of the canonical document.</summary>
    public static byte[] HashData(JsonObject unsecured, JsonObject proofConfiguration, JsonLdOptions? options = null)
    {
        var configuration = (JsonObject)proofConfiguration.DeepClone();
        configuration.Remove("@context");
        configuration["@context"] = unsecured["@context"]?.DeepClone();
        return [.. SHA256.HashData(Canonical(configuration, options)), .. SHA256.HashData(Canonical(unsecured, options))];
    }

    /// <summary>The RDFC-1.0 canonical N-Quads of a JSON-LD document, as UTF-8.</summary>
    public static byte[] Canonical(JsonNode document, JsonLdOptions? options = null) =>
        Encoding.UTF8.GetBytes(Rdfc10.Canonicalize(JsonLdProcessor.ToRdf(document, options)).NQuads);
}
