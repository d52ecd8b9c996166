namespace ChallengeHub.Grains.Teams;

/// <summary>Which team a join code belongs to, across all challenges. Keyed by the code.</summary>
[Alias("IJoinCodeGrain")]
public interface IJoinCodeGrain : IGrainWithStringKey
{
    /// <summary>Reserves the code for the team; false when another team holds it.</summary>
    [Alias("Claim")]
    Task<bool> ClaimAsync(Guid teamId);

    [Alias("Get")]
    Task<Guid?> GetAsync();
}

public sealed class JoinCodeGrain(
    [PersistentState("joinCode", Constants.StorageName)] IPersistentState<JoinCodeState> state) : Grain, IJoinCodeGrain
{
    public async Task<bool> ClaimAsync(Guid teamId)
    {
        if (state.State.TeamId is { } holder)
        {
            return holder == teamId;
        }

        state.State.TeamId = teamId;
        await state.WriteOrUndoAsync(() => state.State.TeamId = null);
        return true;
    }

    public Task<Guid?> GetAsync() => Task.FromResult(state.State.TeamId);
}

[GenerateSerializer, Alias("JoinCodeState")]
public sealed class JoinCodeState
{
    [Id(0)]
    public Guid? TeamId { get; set; }
}
