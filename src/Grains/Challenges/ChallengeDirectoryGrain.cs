using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

public sealed class ChallengeDirectoryGrain(
    [PersistentState("challenges", Constants.StorageName)] IPersistentState<ChallengeDirectoryState> state) : Grain, IChallengeDirectoryGrain
{
    /// <summary>A summary is about 150 bytes: this keeps the list well inside one storage entity.</summary>
    public const int MaxChallenges = 2000;

    public async Task AddAsync(ChallengeSummary challenge)
    {
        if (state.State.Challenges.Any(c => c.Id == challenge.Id))
        {
            return;
        }

        if (state.State.Challenges.Length >= MaxChallenges)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Too many challenges", $"ChallengeHub lists up to {MaxChallenges} challenges.");
        }

        state.State.Challenges = [.. state.State.Challenges.Add(challenge).OrderBy(c => c.Title, NameOrder.Comparer).ThenBy(c => c.Id)];
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<ChallengeSummary>> ListAsync() => Task.FromResult(state.State.Challenges);
}
