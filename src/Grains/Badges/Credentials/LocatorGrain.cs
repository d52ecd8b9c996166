namespace ChallengeHub.Grains.Badges.Credentials;

/// <summary>What a locator keeps: the challenge and team a public id belongs to, once known.</summary>
public interface ILocatorState
{
    BadgeLocation? Location { get; set; }
}

/// <summary>
/// Maps a public id (of a badge, of a milestone cited as evidence) to its challenge and team, so that a public address needs
/// only that id. Setting the same location again stores nothing.
/// </summary>
public abstract class LocatorGrain<TState>(IPersistentState<TState> state) : Grain
    where TState : ILocatorState
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
