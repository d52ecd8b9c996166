using System.Collections.Immutable;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Accounts;

public sealed class ChallengeInvitesGrain(
    [PersistentState("challengeInvites", Constants.StorageName)] IPersistentState<ChallengeInvitesState> state) : Grain, IChallengeInvitesGrain
{
    /// <summary>Far more than coaches, jurors and employers of one challenge; keeps the list inside one storage entity.</summary>
    public const int MaxInvites = 1000;

    public async Task AddAsync(string code)
    {
        if (state.State.Codes.Contains(code))
        {
            return;
        }

        if (state.State.Codes.Length >= MaxInvites)
        {
            throw new DomainException(ProblemTypes.TooManyInvites, $"A challenge holds up to {MaxInvites} invites.");
        }

        var previous = state.State.Codes;
        state.State.Codes = previous.Add(code);
        await state.WriteOrUndoAsync(() => state.State.Codes = previous);
    }

    public Task<ImmutableArray<string>> ListAsync() => Task.FromResult(state.State.Codes);
}

[GenerateSerializer, Alias("ChallengeInvitesState")]
public sealed class ChallengeInvitesState
{
    [Id(0)]
    public ImmutableArray<string> Codes { get; set; } = [];
}
