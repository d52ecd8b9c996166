using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Badges.Credentials;

namespace ChallengeHub.Silo.Badges.Credentials.Issuance;

/// <summary>
/// Secures a credential as a VC-JOSE-COSE compact JWS: the payload is the VCDM 2.0 credential itself (no VC 1.1 <c>vc</c>
/// claim), the header says <c>typ: vc+jwt</c>, and <c>kid</c> is the address of the one JWK that verifies it. RS256, the
/// algorithm every OB 3.0 verifier supports, with the newest key of the ring.
/// </summary>
public sealed class JwtCredentialSigner(IGrainFactory grains) : ICredentialSigner
{
    public const string JwtFormat = "vc+jwt";

    /// <summary>The media type of a compact JWS securing a VCDM 2.0 credential.</summary>
    public const string MediaType = "application/vc+jwt";

    public string Format => JwtFormat;

    public async Task<string> SignAsync(JsonObject credential, string origin)
    {
        var keys = await grains.GetGrain<ISigningKeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        return Sign(credential, BadgeCredentials.KeyId(origin, keys[^1]), keys[^1]);
    }

    /// <summary>The compact JWS of <paramref name="credential"/>, signed with <paramref name="key"/> and naming it by <paramref name="kid"/>.</summary>
    public static string Sign(JsonObject credential, string kid, SigningKey key)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = kid, ["typ"] = JwtFormat, ["cty"] = "vc" };
        var signingInput = $"{Encode(header)}.{Encode(credential)}";
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(key.PrivateKey, out _);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
