using System.Collections.Immutable;

namespace ChallengeHub.Grains.Badges.Credentials;

/// <summary>
/// The Ed25519 keys ChallengeHub signs Data Integrity proofs (<c>eddsa-rdfc-2022</c>) with, kept like the RSA keys of
/// <see cref="ISigningKeysGrain"/>: generated on first use, held in grain storage (never in the repository), the last one
/// signs, earlier ones stay published so that proofs made with them keep verifying. One ring per deployment, under
/// <see cref="ISigningKeysGrain.Default"/>.
/// </summary>
[Alias("IMultikeysGrain")]
public interface IMultikeysGrain : IGrainWithStringKey
{
    /// <summary>Every key, oldest first; the last one signs. Creates the first key when there is none.</summary>
    [Alias("GetKeys")]
    Task<ImmutableArray<MultikeySeed>> GetKeysAsync();

    /// <summary>Adds a new key that signs from now on; earlier keys stay for verification.</summary>
    [Alias("Rotate")]
    Task<ImmutableArray<MultikeySeed>> RotateAsync();
}

/// <summary>An Ed25519 key: <paramref name="Id"/> is "ed25519-1", "ed25519-2", …; <paramref name="Seed"/> is the 32-byte secret seed.</summary>
[GenerateSerializer, Immutable, Alias("MultikeySeed")]
public sealed record MultikeySeed(string Id, byte[] Seed, DateTimeOffset CreatedAt);
