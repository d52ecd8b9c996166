using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.Proofs;
using ChallengeHub.Grains.Badges.Credentials;

namespace ChallengeHub.Silo.Badges.Credentials.DataIntegrity;

/// <summary>
/// A challenge's issuer as a <c>did:web</c> DID, for the Data Integrity form of its credentials. Data Integrity verifiers
/// (Digital Bazaar's <c>vc</c>, the Learner Credential Wallet) require the credential's issuer to be the controller of the
/// verification method and read the controller's <c>assertionMethod</c>; a DID document says both in the form they all
/// read. The DID is the issuer's HTTPS address spelled as did:web, so <c>https://host/issuers/{id}</c> becomes
/// <c>did:web:host:issuers:{id}</c>, whose document is served at <c>https://host/issuers/{id}/did.json</c>.
/// </summary>
public static class DidWeb
{
    public const string DidContext = "https://www.w3.org/ns/did/v1";
    public const string MultikeyContext = "https://w3id.org/security/multikey/v1";

    /// <summary>The did:web DID for an http(s) address (a port is percent-encoded, path segments become colons).</summary>
    public static string FromAddress(string address)
    {
        var uri = new Uri(address);
        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}%3A{uri.Port}";
        var path = uri.AbsolutePath.Trim('/');
        return path.Length == 0 ? $"did:web:{host}" : $"did:web:{host}:{path.Replace('/', ':')}";
    }

    /// <summary>The id of a key as a verification method of <paramref name="did"/>.</summary>
    public static string MethodId(string did, MultikeySeed key) => $"{did}#{key.Id}";

    /// <summary>The signing key for a stored seed.</summary>
    public static Ed25519Multikey Key(MultikeySeed seed) => Ed25519Multikey.FromSeed(seed.Seed);

    /// <summary>The DID document: every key of the ring as a Multikey, each usable for assertions (old keys keep old proofs valid).</summary>
    public static JsonObject Document(string did, ImmutableArray<MultikeySeed> keys) => new()
    {
        ["@context"] = new JsonArray(DidContext, MultikeyContext),
        ["id"] = did,
        ["verificationMethod"] = new JsonArray([.. keys.Select(k => (JsonNode)Method(did, k))]),
        ["assertionMethod"] = new JsonArray([.. keys.Select(k => (JsonNode)JsonValue.Create(MethodId(did, k)))]),
    };

    /// <summary>One key as a Multikey verification method.</summary>
    public static JsonObject Method(string did, MultikeySeed key) => new()
    {
        ["id"] = MethodId(did, key),
        ["type"] = "Multikey",
        ["controller"] = did,
        ["publicKeyMultibase"] = Key(key).PublicKeyMultibase,
    };
}
