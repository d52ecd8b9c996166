using System.Collections.Immutable;
using System.Security.Cryptography;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Badges.Credentials;

public sealed class SigningKeysGrain(
    [PersistentState("signingKeys", Constants.StorageName)] IPersistentState<SigningKeysState> state,
    TimeProvider time) : Grain, ISigningKeysGrain
{
    /// <summary>RS256 is the algorithm every Open Badges 3.0 verifier supports; 2048 bits is its usual key size.</summary>
    public const int KeySize = 2048;

    /// <summary>Rotations are rare; the cap keeps the ring inside one storage entity.</summary>
    public const int MaxKeys = 50;

    public async Task<ImmutableArray<SigningKey>> GetKeysAsync()
    {
        if (state.State.Keys.IsEmpty)
        {
            await AddKeyAsync();
        }

        return state.State.Keys;
    }

    public async Task<ImmutableArray<SigningKey>> RotateAsync()
    {
        if (state.State.Keys.Length >= MaxKeys)
        {
            throw new DomainException(ProblemTypes.TooManySigningKeys, $"The key ring holds up to {MaxKeys} keys.");
        }

        await AddKeyAsync();
        return state.State.Keys;
    }

    private async Task AddKeyAsync()
    {
        using var rsa = RSA.Create(KeySize);
        var previous = state.State.Keys;
        state.State.Keys = previous.Add(new SigningKey($"key-{previous.Length + 1}", rsa.ExportPkcs8PrivateKey(), time.GetUtcNow()));
        await state.WriteOrUndoAsync(() => state.State.Keys = previous);
    }
}

[GenerateSerializer, Alias("SigningKeysState")]
public sealed class SigningKeysState
{
    [Id(0)]
    public ImmutableArray<SigningKey> Keys { get; set; } = [];
}
