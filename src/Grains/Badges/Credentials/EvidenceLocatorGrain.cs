namespace ChallengeHub.Grains.Badges.Credentials;

public sealed class EvidenceLocatorGrain(
    [PersistentState("evidenceLocation", Constants.StorageName)] IPersistentState<EvidenceLocatorState> state) : Grain, IEvidenceLocatorGrain
{
    public async Task SetAsync(BadgeLocation location)
    {
        if (state.State.Location == location)
        {
            return;
        }

        var previous = state.State.Location;
        state.State.Location = location;
        await state.WriteOrUndoAsync(() => state.State.Location = previous);
    }

    public Task<BadgeLocation?> GetAsync() => Task.FromResult(state.State.Location);
}

[GenerateSerializer, Alias("EvidenceLocatorState")]
public sealed class EvidenceLocatorState
{
    [Id(0)]
    public BadgeLocation? Location { get; set; }
}
