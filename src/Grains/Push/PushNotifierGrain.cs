using System.Collections.Immutable;
using ChallengeHub.Grains.Walls;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Grains.Push;

[StatelessWorker]
public sealed class PushNotifierGrain(IClusterMembershipService membership, TimeProvider time, ILogger<PushNotifierGrain> logger) : Grain, IPushNotifierGrain
{
    /// <summary>How long the list of observers is trusted while cluster membership does not change.</summary>
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private ImmutableArray<IWallObserver> _observers = [];
    private MembershipVersion _membershipVersion = MembershipVersion.MinValue;
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;

    public async Task PublishAsync(WallDelta delta)
    {
        var observers = await GetObserversAsync();
        await Task.WhenAll(observers.Select(observer => DeliverAsync(observer, delta)));
    }

    private async Task DeliverAsync(IWallObserver observer, WallDelta delta)
    {
        try
        {
            await observer.OnWallDeltaAsync(delta);
        }
        catch (Exception exception)
        {
            // One unreachable silo must not hold back the others; its clients catch up from the snapshot.
            logger.LogWarning(exception, "Wall delta {Sequence} of challenge {ChallengeId} not delivered to a silo", delta.Sequence, delta.ChallengeId);
            _refreshedAt = DateTimeOffset.MinValue;
        }
    }

    private async ValueTask<ImmutableArray<IWallObserver>> GetObserversAsync()
    {
        var version = membership.CurrentSnapshot.Version;
        if (version != _membershipVersion || time.GetUtcNow() - _refreshedAt > RefreshInterval)
        {
            _observers = await GrainFactory.GetGrain<IPushRegistryGrain>(0).GetObserversAsync();
            (_membershipVersion, _refreshedAt) = (version, time.GetUtcNow());
        }

        return _observers;
    }
}
