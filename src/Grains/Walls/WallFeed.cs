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
/// Sends a team's stored entries that the wall has not acknowledged, oldest first. The entries are durable before this
/// runs, so a wall that cannot be reached is retried on a grain timer rather than failing the pupil's or juror's request;
/// an owner that reactivates with unacknowledged entries resumes sending them.
/// </summary>
internal sealed class WallFeed<TState>(Grain owner, IGrainFactory grains, IPersistentState<TState> state, ILogger logger, Func<IWallGrain, int, Task> send)
    where TState : IWallFeedState
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly WallFeedBacklog? _backlog = owner.GrainContext.ActivationServices.GetService(typeof(WallFeedBacklog)) as WallFeedBacklog;

    public void ResumeIfBehind()
    {
        ReportBacklog();
        if (state.State.WallSyncedThrough < state.State.EntryCount)
        {
            Schedule(TimeSpan.Zero);
        }
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
            logger.LogWarning(exception, "Wall of challenge {ChallengeId} not updated by {Owner}; retrying in {Delay}", feed.ChallengeId, owner.GetGrainId(), RetryDelay);
            Schedule(RetryDelay);
        }
        finally
        {
            ReportBacklog();
        }
    }

    private void ReportBacklog() =>
        _backlog?.Report(state.State.ChallengeId, owner.GetGrainId(), state.State.EntryCount - state.State.WallSyncedThrough);

    private void Schedule(TimeSpan dueTime) =>
        owner.RegisterGrainTimer(static (feed, _) => feed.SyncAsync(), this, new GrainTimerCreationOptions(dueTime, Timeout.InfiniteTimeSpan));
}
