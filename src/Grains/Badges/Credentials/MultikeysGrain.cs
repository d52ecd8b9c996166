using System.Collections.Immutable;
using System.Security.Cryptography;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Badges.Credentials;

public sealed class MultikeysGrain(
    [PersistentState("multikeys", Constants.StorageName)] IPersistentState<MultikeysState> state,
    TimeProvider time) : Grain, IMultikeysGrain
{
    public async Task<ImmutableArray<MultikeySeed>> GetKeysAsync()
    {
        if (state.State.Keys.IsEmpty)
        {
            await AddKeyAsync();
        }

        return state.State.Keys;
    }

    public async Task<ImmutableArray<MultikeySeed>> RotateAsync()
    {
        if (state.State.Keys.Length >= SigningKeysGrain.MaxKeys)
        {
            throw new DomainException(ProblemTypes.TooManySigningKeys, $"The key ring holds up to {SigningKeysGrain.MaxKeys} keys.");
        }

        await AddKeyAsync();
        return state.State.Keys;
    }

    private async Task AddKeyAsync()
    {
        // An Ed25519 secret key is any 32 random bytes (RFC 8032, 5.1.5); the public key is derived where it signs.
        var previous = state.State.Keys;
        state.State.Keys = previous.Add(new MultikeySeed($"ed25519-{previous.Length + 1}", RandomNumberGenerator.GetBytes(32), time.GetUtcNow()));
        await state.WriteOrUndoAsync(() => state.State.Keys = previous);
    }
}

[GenerateSerializer, Alias("MultikeysState")]
public sealed class MultikeysState
{
    [Id(0)]
    public ImmutableArray<MultikeySeed> Keys { get; set; } = [];
}
