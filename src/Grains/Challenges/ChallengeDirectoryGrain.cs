using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

public sealed class ChallengeDirectoryGrain(
    [PersistentState("challenges", Constants.StorageName)] IPersistentState<ChallengeDirectoryState> state) : Grain, IChallengeDirectoryGrain
{
    /// <summary>A summary is about 150 bytes: this keeps the list well inside one storage entity.</summary>
    public const int MaxChallenges = 2000;

    public async Task SetAsync(ChallengeSummary challenge)
    {
        var listed = state.State.Challenges.FirstOrDefault(c => c.Id == challenge.Id);
        if (listed == challenge)
        {
            return;
        }

        if (listed is null && state.State.Challenges.Length >= MaxChallenges)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Too many challenges", $"ChallengeHub lists up to {MaxChallenges} challenges.");
        }

        var previous = state.State.Challenges;
        state.State.Challenges = [.. previous.Where(c => c.Id != challenge.Id).Append(challenge).OrderBy(c => c.Title, NameOrder.Comparer).ThenBy(c => c.Id)];
        await state.WriteOrUndoAsync(() => state.State.Challenges = previous);
    }

    public Task<ImmutableArray<ChallengeSummary>> ListAsync() => Task.FromResult(state.State.Challenges);
}
