using System.Collections.Immutable;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Push;

/// <summary>A test's stand-in for a silo's hub observer: keeps every wall delta it is handed, per challenge, in arrival order.</summary>
public sealed class WallFeed : IPushObserver
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, List<WallDelta>> _received = [];
    private readonly List<Waiter> _waiters = [];

    public Task OnWallDeltaAsync(WallDelta delta)
    {
        lock (_lock)
        {
            var received = ReceivedList(delta.ChallengeId);
            received.Add(delta);
            foreach (var waiter in _waiters.Where(w => w.ChallengeId == delta.ChallengeId && w.Count <= received.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.SetResult([.. received.Take(waiter.Count)]);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Showcase updates, offers and new team members are the silo hub tests' concern; the grain tests follow the wall.</summary>
    public Task OnShowcaseTeamChangedAsync(Guid challengeId, Guid teamId) => Task.CompletedTask;

    public Task OnOfferAsync(Guid challengeId, Offer offer) => Task.CompletedTask;

    public Task OnPupilJoinedAsync(PupilJoined joined) => Task.CompletedTask;

    public Task OnJoinRequestedAsync(JoinRequested request) => Task.CompletedTask;

    public Task OnSeasonChangedAsync(SeasonChange change) => Task.CompletedTask;

    /// <summary>The deltas of the challenge received so far.</summary>
    public ImmutableArray<WallDelta> ReceivedFor(Guid challengeId)
    {
        lock (_lock)
        {
            return [.. ReceivedList(challengeId)];
        }
    }

    /// <summary>Completes with the first <paramref name="count"/> deltas of the challenge, in the order they arrived.</summary>
    public Task<ImmutableArray<WallDelta>> WaitForAsync(Guid challengeId, int count)
    {
        lock (_lock)
        {
            var received = ReceivedList(challengeId);
            if (received.Count >= count)
            {
                return Task.FromResult<ImmutableArray<WallDelta>>([.. received.Take(count)]);
            }

            var waiter = new Waiter(challengeId, count, new(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiters.Add(waiter);
            return waiter.Done.Task;
        }
    }

    private List<WallDelta> ReceivedList(Guid challengeId)
    {
        if (!_received.TryGetValue(challengeId, out var received))
        {
            _received[challengeId] = received = [];
        }

        return received;
    }

    private sealed record Waiter(Guid ChallengeId, int Count, TaskCompletionSource<ImmutableArray<WallDelta>> Done);
}
