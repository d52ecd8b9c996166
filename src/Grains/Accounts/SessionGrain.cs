namespace ChallengeHub.Grains.Accounts;

/// <summary>
/// One browser session, keyed by the session id in its cookie. Signing out ends it here, so that a copy of the cookie stops
/// working too; only ended sessions are stored.
/// </summary>
[Alias("ISessionGrain")]
public interface ISessionGrain : IGrainWithGuidKey
{
    /// <summary>Whether the session was ended. Interleaves: every request of the session asks.</summary>
    [Alias("IsEnded"), AlwaysInterleave]
    Task<bool> IsEndedAsync();

    [Alias("End")]
    Task EndAsync();
}

public sealed class SessionGrain(
    [PersistentState("session", Constants.StorageName)] IPersistentState<SessionState> state,
    TimeProvider time) : Grain, ISessionGrain
{
    public Task<bool> IsEndedAsync() => Task.FromResult(state.State.EndedAt is not null);

    public async Task EndAsync()
    {
        if (state.State.EndedAt is null)
        {
            state.State.EndedAt = time.GetUtcNow();
            await state.WriteOrUndoAsync(() => state.State.EndedAt = null);
        }
    }
}

[GenerateSerializer, Alias("SessionState")]
public sealed class SessionState
{
    [Id(0)]
    public DateTimeOffset? EndedAt { get; set; }
}
