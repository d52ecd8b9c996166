using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace ChallengeHub.LinkedData.Proofs;

/// <summary>
/// An Ed25519 key in Multikey form: the public key as <c>z6Mk…</c> (multicodec ed25519-pub 0xed01, base58btc) and,
/// when the key can sign, the secret seed as <c>z3u2…</c> (multicodec ed25519-priv 0x8026).
/// </summary>
public sealed class Ed25519Multikey
{
    private static readonly byte[] PublicPrefix = [0xed, 0x01];
    private static readonly byte[] SecretPrefix = [0x80, 0x26];
    private readonly Ed25519PrivateKeyParameters? _secret;
    private readonly Ed25519PublicKeyParameters _public;

    private Ed25519Multikey(Ed25519PrivateKeyParameters? secret, Ed25519PublicKeyParameters publicKey)
    {
        _secret = secret;
        _public = publicKey;
    }

    /// <summary>A new random key.</summary>
    public static Ed25519Multikey Generate() => FromSeed(SecureRandom.GetNextBytes(new SecureRandom(), 32));

    /// <summary>The key for a 32-byte secret seed.</summary>
    public static Ed25519Multikey FromSeed(byte[] seed)
    {
        var secret = new Ed25519PrivateKeyParameters(seed);
        return new Ed25519Multikey(secret, secret.GeneratePublicKey());
    }

    /// <summary>A signing key from its secret key multibase (<c>z3u2…</c>).</summary>
    public static Ed25519Multikey FromSecretKeyMultibase(string multibase) => FromSeed(Decode(multibase, SecretPrefix));

    /// <summary>A verifying key from its public key multibase (<c>z6Mk…</c>).</summary>
    public static Ed25519Multikey FromPublicKeyMultibase(string multibase) =>
        new(null, new Ed25519PublicKeyParameters(Decode(multibase, PublicPrefix)));

    public string PublicKeyMultibase => "z" + Base58.Encode([.. PublicPrefix, .. _public.GetEncoded()]);

    /// <summary>The secret seed as multibase; null for a verifying key. Keep it as secret as the key itself.</summary>
    public string? SecretKeyMultibase => _secret is null ? null : "z" + Base58.Encode([.. SecretPrefix, .. _secret.GetEncoded()]);

    public bool CanSign => _secret is not null;

    public byte[] Sign(byte[] data)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _secret ?? throw new InvalidOperationException("This Multikey holds a public key only."));
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }

    public bool Verify(byte[] data, byte[] signature)
    {
        var verifier = new Ed25519Signer();
        verifier.Init(false, _public);
        verifier.BlockUpdate(data, 0, data.Length);
        return verifier.VerifySignature(signature);
    }

    private static byte[] Decode(string multibase, byte[] prefix)
    {
        if (!multibase.StartsWith('z'))
        {
            throw new FormatException("A Multikey is base58btc multibase and starts with 'z'.");
        }
        var bytes = Base58.Decode(multibase[1..]);
        if (bytes.Length != prefix.Length + 32 || bytes[0] != prefix[0] || bytes[1] != prefix[1])
        {
            throw new FormatException("Not an Ed25519 Multikey of the expected kind.");
        }
        return bytes[prefix.Length..];
    }
}
