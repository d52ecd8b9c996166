using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Grains.Walls;

/// <summary>What a team's milestone log or competence profile keeps in order to feed its challenge's wall.</summary>
public interface IWallFeedState
{
    Guid ChallengeId { get; }

    /// <summary>How many numbered entries are stored; entry numbers count from 1 without gaps.</summary>
    int EntryCount { get; }

    /// <summary>How many entries the wall has acknowledged, as far as this grain knows. It may lag: the wall ignores repeats.</summary>
    int WallSyncedThrough { get; set; }
}

/// <summary>
/// Sends a team's stored entries that the wall has not acknowledged, oldest first. Before an entry is stored, a durable
/// Orleans reminder is registered for the owner, and it stays until the wall has every entry: whatever fails between the
/// owner's write and the wall's (the wall call, or the silo itself), the reminder activates the owner again within
/// <see cref="CatchUpPeriod"/> and it resends, even if the team never acts again. A pupil's or juror's 2xx therefore means
/// "stored, and on the wall now or within that bound".
/// </summary>
internal sealed class WallFeed<TState>(Grain owner, IGrainFactory grains, IPersistentState<TState> state, ILogger logger, Func<IWallGrain, int, Task> send)
    where TState : IWallFeedState
{
    public const string ReminderName = "wall-catch-up";

    private readonly WallFeedBacklog? _backlog = owner.GrainContext.ActivationServices.GetService(typeof(WallFeedBacklog)) as WallFeedBacklog;

    /// <summary>How long a wall may miss a stored entry after a failure, at most (plus the time the owner's silo takes to start).</summary>
    public static readonly TimeSpan CatchUpPeriod = TimeSpan.FromSeconds(15);

    private readonly WallFeedFaults? _faults = owner.GrainContext.ActivationServices.GetService<WallFeedFaults>();
    private IGrainReminder? _reminder;
    private bool _storedSinceTick;

    /// <summary>Registers the catch-up reminder (once per activation), stores the state, then sends what the wall lacks.</summary>
    public async Task StoreAndSendAsync(Action undo)
    {
        _reminder ??= await owner.RegisterOrUpdateReminder(ReminderName, CatchUpPeriod, CatchUpPeriod);
        await state.WriteOrUndoAsync(undo);
        _storedSinceTick = true;
        _faults?.ThrowIfCrashing(owner, state.State.ChallengeId);
        await SyncAsync();
    }

    /// <summary>An owner activated with entries the wall lacks sends them at once, without waiting for its reminder.</summary>
    public void ResumeIfBehind()
    {
        ReportBacklog();
        if (state.State.WallSyncedThrough < state.State.EntryCount)
        {
            owner.RegisterGrainTimer(static (feed, _) => feed.SyncAsync(), this, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }
    }

    /// <summary>
    /// The reminder's tick: sends what the wall lacks, and retires the reminder once the wall has everything and nothing was
    /// stored since the previous tick. A team that is still logging keeps it: registering it again for the next entry would be
    /// one more table write before that entry's answer.
    /// </summary>
    public async Task CatchUpAsync()
    {
        await SyncAsync();
        if (state.State.WallSyncedThrough < state.State.EntryCount || _storedSinceTick)
        {
            _storedSinceTick = false;
            return;
        }

        if ((_reminder ?? await owner.GetReminder(ReminderName)) is { } reminder)
        {
            await owner.UnregisterReminder(reminder);
        }

        _reminder = null;
    }

    /// <summary>The wall has only the entries up to <paramref name="appliedThrough"/> (it lost the rest): sends the others again.</summary>
    public Task ResendAfterAsync(int appliedThrough)
    {
        state.State.WallSyncedThrough = Math.Min(state.State.WallSyncedThrough, appliedThrough);
        return SyncAsync();
    }

    public async Task SyncAsync()
    {
        var feed = state.State;
        var wall = grains.GetGrain<IWallGrain>(feed.ChallengeId);
        try
        {
            for (var number = feed.WallSyncedThrough + 1; number <= feed.EntryCount; number++)
            {
                await send(wall, number);
                feed.WallSyncedThrough = number;
            }
        }
        catch (Exception exception) when (exception is not DomainException)
        {
            logger.LogWarning(exception, "Wall of challenge {ChallengeId} not updated by {Owner}; its reminder resends within {Period}",
                feed.ChallengeId, owner.GetGrainId(), CatchUpPeriod);
        }
        finally
        {
            ReportBacklog();
        }
    }

    private void ReportBacklog() =>
        _backlog?.Report(state.State.ChallengeId, owner.GetGrainId(), state.State.EntryCount - state.State.WallSyncedThrough);
}
