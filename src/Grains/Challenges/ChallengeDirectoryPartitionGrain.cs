using System.Collections.Immutable;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Challenges;

public sealed class ChallengeDirectoryPartitionGrain(
    [PersistentState("challenges", Constants.StorageName)] IPersistentState<ChallengeDirectoryState> state) : Grain, IChallengeDirectoryPartitionGrain
{
    /// <summary>A summary is about 160 bytes in storage: a full partition is about 310 kB, well inside one storage entity.</summary>
    public const int MaxChallenges = 2000;

    public async Task SetAsync(ChallengeSummary challenge)
    {
        var listed = state.State.Challenges.FirstOrDefault(c => c.Id == challenge.Id);
        if (listed == challenge)
        {
            return;
        }

        if (listed is null)
        {
            EnsureRoomFor(1);
        }

        await ListAsync([.. state.State.Challenges.Where(c => c.Id != challenge.Id).Append(challenge)]);
    }

    public async Task AddMissingAsync(ImmutableArray<ChallengeSummary> challenges)
    {
        var missing = challenges.Where(c => state.State.Challenges.All(listed => listed.Id != c.Id)).ToArray();
        if (missing.Length > 0)
        {
            EnsureRoomFor(missing.Length);
            await ListAsync([.. state.State.Challenges.Concat(missing)]);
        }
    }

    public Task<ImmutableArray<ChallengeSummary>> ListAsync() => Task.FromResult(state.State.Challenges);

    private void EnsureRoomFor(int count)
    {
        if (state.State.Challenges.Length + count > MaxChallenges)
        {
            throw new DomainException(ProblemTypes.TooManyChallenges,
                $"The list of challenges is full: the part this challenge belongs in holds {MaxChallenges} already.");
        }
    }

    private async Task ListAsync(IEnumerable<ChallengeSummary> challenges)
    {
        var previous = state.State.Challenges;
        state.State.Challenges = [.. challenges.OrderBy(c => c.Title, NameOrder.Comparer).ThenBy(c => c.Id)];
        await state.WriteOrUndoAsync(() => state.State.Challenges = previous);
    }
}
