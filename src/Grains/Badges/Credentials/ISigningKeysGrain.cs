using System.Collections.Immutable;

namespace ChallengeHub.Grains.Badges.Credentials;

/// <summary>
/// The keys ChallengeHub signs badge credentials with, generated on first use and kept in grain storage (never in the
/// repository). Rotation adds a key and signs with it from then on; earlier keys stay published so that credentials
/// signed with them keep verifying. One key ring per deployment, under the key <see cref="Default"/>.
/// </summary>
[Alias("ISigningKeysGrain")]
public interface ISigningKeysGrain : IGrainWithStringKey
{
    public const string Default = "badges";

    /// <summary>Every key, oldest first; the last one signs. Creates the first key when there is none.</summary>
    [Alias("GetKeys")]
    Task<ImmutableArray<SigningKey>> GetKeysAsync();

    /// <summary>Adds a new key that signs from now on; earlier keys stay for verification.</summary>
    [Alias("Rotate")]
    Task<ImmutableArray<SigningKey>> RotateAsync();
}

/// <summary>An RSA key: <paramref name="Id"/> is "key-1", "key-2", …; <paramref name="PrivateKey"/> is PKCS#8.</summary>
[GenerateSerializer, Immutable, Alias("SigningKey")]
public sealed record SigningKey(string Id, byte[] PrivateKey, DateTimeOffset CreatedAt);
