namespace ChallengeHub.Grains.Voice;

public sealed class CheckInSettingsGrain(
    [PersistentState("checkInSettings", Constants.StorageName)] IPersistentState<CheckInSettingsState> state) : Grain, ICheckInSettingsGrain
{
    public Task<ChallengeCheckIn> GetAsync() => Task.FromResult(new ChallengeCheckIn(state.State.On));

    public async Task<ChallengeCheckIn> SetAsync(bool switchedOn)
    {
        var previous = state.State.On;
        state.State.On = switchedOn;
        await state.WriteOrUndoAsync(() => state.State.On = previous);
        return new ChallengeCheckIn(switchedOn);
    }
}

[GenerateSerializer, Alias("CheckInSettingsState")]
public sealed class CheckInSettingsState
{
    [Id(0)]
    public bool On { get; set; }
}
