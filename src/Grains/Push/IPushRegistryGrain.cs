using System.Collections.Immutable;

namespace ChallengeHub.Grains.Push;

/// <summary>
/// Which silos host hub connections (a singleton, key 0), kept in storage so that it survives the death of the silo that
/// held it. Silos register their observer at start and again periodically; silos that left the cluster are dropped.
/// </summary>
[Alias("IPushRegistryGrain")]
public interface IPushRegistryGrain : IGrainWithIntegerKey
{
    [Alias("Register")]
    Task RegisterAsync(SiloAddress silo, IPushObserver observer);

    [Alias("Unregister")]
    Task UnregisterAsync(SiloAddress silo);

    /// <summary>The observers of the silos that are active members of the cluster now.</summary>
    [Alias("GetObservers")]
    Task<ImmutableArray<IPushObserver>> GetObserversAsync();
}
