namespace ChallengeHub.Grains.Profiles;

public sealed class RecoveryCodeLocatorGrain(
    [PersistentState("recoveryCodeLocation", Constants.StorageName)] IPersistentState<RecoveryCodeLocatorState> state) : Grain, IRecoveryCodeLocatorGrain
{
    public async Task SetAsync(PupilLocation location)
    {
        if (state.State.Location == location)
        {
            return;
        }

        var previous = state.State.Location;
        state.State.Location = location;
        await state.WriteOrUndoAsync(() => state.State.Location = previous);
    }

    public Task<PupilLocation?> GetAsync() => Task.FromResult(state.State.Location);

    public async Task ClearAsync()
    {
        if (state.State.Location is not { } previous)
        {
            return;
        }

        state.State.Location = null;
        await state.WriteOrUndoAsync(() => state.State.Location = previous);
    }
}

[GenerateSerializer, Alias("RecoveryCodeLocatorState")]
public sealed class RecoveryCodeLocatorState
{
    [Id(0)]
    public PupilLocation? Location { get; set; }
}
