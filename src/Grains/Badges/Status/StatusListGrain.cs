using System.Collections.Immutable;
using System.Security.Cryptography;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Badges.Status;

public sealed class StatusListGrain(
    [PersistentState("statusList", Constants.StorageName)] IPersistentState<StatusListState> state) : Grain, IStatusListGrain
{
    /// <summary>The Bitstring Status List's minimum length (16 KB of bits): enough indexes that a set bit says little about who.</summary>
    public const int Length = 131_072;

    /// <summary>Far beyond a challenge's badges; keeps the state (about 20 bytes a badge) inside one storage entity.</summary>
    public const int MaxEntries = 20_000;

    public async Task<int> AssignAsync(Guid badgeId)
    {
        if (state.State.Indexes.TryGetValue(badgeId, out var assigned))
        {
            return assigned;
        }

        if (state.State.Indexes.Count >= MaxEntries)
        {
            throw new DomainException(ProblemTypes.StatusListFull, $"A challenge's status list holds up to {MaxEntries} badges.");
        }

        var taken = state.State.Indexes.Values.ToHashSet();
        int index;
        do
        {
            index = RandomNumberGenerator.GetInt32(Length);
        }
        while (taken.Contains(index));

        var previous = state.State.Indexes;
        state.State.Indexes = previous.Add(badgeId, index);
        await state.WriteOrUndoAsync(() => state.State.Indexes = previous);
        return index;
    }

    public async Task RevokeAsync(Guid badgeId)
    {
        var index = await AssignAsync(badgeId);
        if (state.State.Revoked.Contains(index))
        {
            return;
        }

        var previous = state.State.Revoked;
        state.State.Revoked = previous.Add(index);
        await state.WriteOrUndoAsync(() => state.State.Revoked = previous);
    }

    public Task<StatusList> GetAsync() => Task.FromResult(new StatusList(Length, [.. state.State.Revoked.Order()]));
}

[GenerateSerializer, Alias("StatusListState")]
public sealed class StatusListState
{
    [Id(0)]
    public ImmutableDictionary<Guid, int> Indexes { get; set; } = ImmutableDictionary<Guid, int>.Empty;

    [Id(1)]
    public ImmutableHashSet<int> Revoked { get; set; } = [];
}
