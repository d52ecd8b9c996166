using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace ChallengeHub.Grains.Walls;

/// <summary>
/// Writes a wall's state in groups. A milestone is durable in its team's log before its 201, so the wall need not write it
/// before pushing it: it marks its state changed and writes once per <see cref="Delay"/> whatever changed meanwhile, and
/// when it stops in order. A wall whose silo died before such a write activates with an older state: it starts a new
/// <see cref="WallState.Epoch"/> (stored before anything is pushed under it) and asks the teams' logs to resend what it lacks.
/// </summary>
internal sealed class WallGroupCommit(Grain owner, IPersistentState<WallState> state, ILogger logger)
{
    /// <summary>How long a changed wall waits before it writes; at most one table write per wall in this time.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly WallFeedFaults? _faults = owner.GrainContext.ActivationServices.GetService<WallFeedFaults>();
    private IGrainTimer? _timer;
    private bool _pending;
    private bool _crashed;

    /// <summary>
    /// Marks the state as written by a running activation, with a new epoch when the previous one did not stop in order.
    /// Returns whether changes may have been lost (then the state is older than what watchers were sent).
    /// </summary>
    public async Task<bool> BeginAsync()
    {
        if (!state.RecordExists)
        {
            return false;
        }

        var lost = !state.State.Clean;
        if (lost)
        {
            state.State.Epoch++;
        }

        state.State.Clean = false;
        await state.WriteStateAsync();
        return lost;
    }

    /// <summary>The change is pushed now and written with the next group.</summary>
    public void Later()
    {
        // Armed by the first change of a group only: re-arming it for every change would put the write off for as long as
        // milestones keep coming.
        if (!_pending)
        {
            _pending = true;
            _timer ??= owner.RegisterGrainTimer(static (commit, _) => commit.FlushAsync(), this,
                new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
            _timer.Change(Delay, Timeout.InfiniteTimeSpan);
        }

        if (_faults?.TakeWallCrash(owner.GetPrimaryKey()) == true)
        {
            _crashed = true;
            owner.GrainContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "Injected fault: wall lost before its group commit"));
        }
    }

    /// <summary>
    /// Writes the change, and with it every change waiting for its group, before it is pushed; when storage refuses, runs
    /// <paramref name="undo"/> and lets the failure reach the caller.
    /// </summary>
    public async Task NowAsync(Action undo)
    {
        await state.WriteOrUndoAsync(undo);
        _pending = false;
    }

    /// <summary>An activation that stops in order writes what it has, marked clean, so that the next one keeps the epoch.</summary>
    public async Task EndAsync()
    {
        if (_crashed || !state.RecordExists && !_pending)
        {
            return;
        }

        state.State.Clean = true;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Wall of challenge {ChallengeId} not written as it stopped; its next activation starts a new epoch", owner.GetPrimaryKey());
        }
    }

    private async Task FlushAsync()
    {
        if (!_pending)
        {
            return;
        }

        _pending = false;
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException exception)
        {
            // Another activation wrote this wall: this one's state is stale, so it gives way.
            logger.LogWarning(exception, "Wall of challenge {ChallengeId} was written elsewhere; this activation stops", owner.GetPrimaryKey());
            _crashed = true;
            owner.GrainContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "Wall state written by another activation"));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Wall of challenge {ChallengeId} not written; tried again in {Delay}", owner.GetPrimaryKey(), Delay);
            _pending = true;
            _timer?.Change(Delay, Timeout.InfiniteTimeSpan);
        }
    }
}
