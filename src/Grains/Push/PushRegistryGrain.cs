using System.Collections.Immutable;

namespace ChallengeHub.Grains.Push;

public sealed class PushRegistryGrain(IClusterMembershipService membership) : Grain, IPushRegistryGrain
{
    private readonly Dictionary<SiloAddress, IWallObserver> _observers = [];

    public Task RegisterAsync(SiloAddress silo, IWallObserver observer)
    {
        _observers[silo] = observer;
        return Task.CompletedTask;
    }

    public Task UnregisterAsync(SiloAddress silo)
    {
        _observers.Remove(silo);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<IWallObserver>> GetObserversAsync()
    {
        var members = membership.CurrentSnapshot;
        foreach (var silo in _observers.Keys.Where(s => members.GetSiloStatus(s) is SiloStatus.Dead).ToList())
        {
            _observers.Remove(silo);
        }

        return Task.FromResult(_observers.Where(o => members.GetSiloStatus(o.Key) is SiloStatus.Active).Select(o => o.Value).ToImmutableArray());
    }
}
