using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Badges.Credentials;
using Microsoft.IdentityModel.Tokens;

namespace ChallengeHub.Silo.Badges.Credentials.Issuance;

/// <summary>The public halves of the signing keys, as JWKs: one per address (what a <c>kid</c> dereferences to) and as a set.</summary>
public static class PublishedKeys
{
    /// <summary>The public JWK of <paramref name="key"/>, its <c>kid</c> being its own address.</summary>
    public static JsonObject Jwk(string origin, SigningKey key)
    {
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(key.PrivateKey, out _);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = BadgeCredentials.KeyId(origin, key),
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    /// <summary>The public half of every key, as a JWK set.</summary>
    public static JsonObject KeySet(string origin, ImmutableArray<SigningKey> keys) =>
        new() { ["keys"] = new JsonArray([.. keys.Select(key => (JsonNode)Jwk(origin, key))]) };

    /// <summary>The public verification keys, for checking a credential's signature here.</summary>
    public static IEnumerable<SecurityKey> VerificationKeys(string origin, ImmutableArray<SigningKey> keys) =>
        new JsonWebKeySet(KeySet(origin, keys).ToJsonString()).GetSigningKeys();
}
