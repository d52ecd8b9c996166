using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

/// <summary>
/// The list of all challenges, spread over <see cref="Partitions"/> partition grains by challenge id, so that no single
/// grain state bounds how many challenges ChallengeHub holds.
/// </summary>
public sealed class ChallengeDirectoryGrain(
    [PersistentState("challenges", Constants.StorageName)] IPersistentState<ChallengeDirectoryState> state) : Grain, IChallengeDirectoryGrain
{
    /// <summary>Never change it: a challenge's partition follows from its id, and listed entries stay where they were put.</summary>
    public const int Partitions = 16;

    /// <summary>Until the directory was split, this grain listed every challenge itself: it hands them to their partitions once.</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Challenges.IsEmpty)
        {
            return;
        }

        foreach (var partition in state.State.Challenges.GroupBy(c => PartitionOf(c.Id)))
        {
            await Partition(partition.Key).AddMissingAsync([.. partition]);
        }

        state.State.Challenges = [];
        await state.WriteStateAsync(cancellationToken);
    }

    public Task SetAsync(ChallengeSummary challenge) => Partition(PartitionOf(challenge.Id)).SetAsync(challenge);

    public async Task<ImmutableArray<ChallengeSummary>> ListAsync()
    {
        var partitions = await Task.WhenAll(Enumerable.Range(0, Partitions).Select(p => Partition(p).ListAsync()));
        return [.. partitions.SelectMany(p => p).OrderBy(c => c.Title, NameOrder.Comparer).ThenBy(c => c.Id)];
    }

    internal static int PartitionOf(Guid challengeId)
    {
        Span<byte> bytes = stackalloc byte[16];
        challengeId.TryWriteBytes(bytes);
        return bytes[0] % Partitions;
    }

    private IChallengeDirectoryPartitionGrain Partition(int partition) => GrainFactory.GetGrain<IChallengeDirectoryPartitionGrain>(partition);
}
