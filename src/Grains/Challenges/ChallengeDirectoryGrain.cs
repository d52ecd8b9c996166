using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

public sealed class ChallengeDirectoryGrain(
    [PersistentState("challenges", Constants.StorageName)] IPersistentState<ChallengeDirectoryState> state) : Grain, IChallengeDirectoryGrain
{
    public async Task AddAsync(ChallengeSummary challenge)
    {
        if (state.State.Challenges.Any(c => c.Id == challenge.Id))
        {
            return;
        }

        state.State.Challenges = [.. state.State.Challenges.Add(challenge).OrderBy(c => c.Title, NameOrder.Comparer).ThenBy(c => c.Id)];
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<ChallengeSummary>> ListAsync() => Task.FromResult(state.State.Challenges);
}
