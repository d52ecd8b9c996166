namespace ChallengeHub.Grains.Badges.Credentials;

public sealed class BadgeLocatorGrain(
    [PersistentState("badgeLocation", Constants.StorageName)] IPersistentState<BadgeLocatorState> state) : Grain, IBadgeLocatorGrain
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

[GenerateSerializer, Alias("BadgeLocatorState")]
public sealed class BadgeLocatorState
{
    [Id(0)]
    public BadgeLocation? Location { get; set; }
}
