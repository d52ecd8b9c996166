using System.Collections.Immutable;

namespace ChallengeHub.Grains.Push;

/// <summary>
/// Keeps which silo's observer takes pushes, in storage: when the silo that held the registry dies, the registry activates
/// elsewhere with every live silo still listed, instead of pushing to no one until the silos register again.
/// </summary>
public sealed class PushRegistryGrain(
    [PersistentState("pushRegistry", Constants.StorageName)] IPersistentState<PushRegistryState> state,
    IClusterMembershipService membership) : Grain, IPushRegistryGrain
{
    public async Task RegisterAsync(SiloAddress silo, IPushObserver observer)
    {
        var observers = state.State.Observers;
        if (observers.TryGetValue(silo, out var known) && known.Equals(observer))
        {
            return;
        }

        state.State.Observers = observers.SetItem(silo, observer);
        await state.WriteOrUndoAsync(() => state.State.Observers = observers);
    }

    public async Task UnregisterAsync(SiloAddress silo)
    {
        var observers = state.State.Observers;
        if (!observers.ContainsKey(silo))
        {
            return;
        }

        state.State.Observers = observers.Remove(silo);
        await state.WriteOrUndoAsync(() => state.State.Observers = observers);
    }

    public async Task<ImmutableArray<IPushObserver>> GetObserversAsync()
    {
        var members = membership.CurrentSnapshot;
        var observers = state.State.Observers;
        var dead = observers.Keys.Where(s => members.GetSiloStatus(s) is SiloStatus.Dead).ToList();
        if (dead.Count > 0)
        {
            state.State.Observers = observers.RemoveRange(dead);
            await state.WriteOrUndoAsync(() => state.State.Observers = observers);
        }

        return [.. state.State.Observers.Where(o => members.GetSiloStatus(o.Key) is SiloStatus.Active).Select(o => o.Value)];
    }
}
