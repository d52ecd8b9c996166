using System.Collections.Immutable;

namespace ChallengeHub.Grains.Push;

/// <summary>The observer each silo registered, by silo; one entry per silo that ever took pushes and has not been declared dead.</summary>
[GenerateSerializer, Alias("PushRegistryState")]
public sealed class PushRegistryState
{
    [Id(0)]
    public ImmutableDictionary<SiloAddress, IPushObserver> Observers { get; set; } = ImmutableDictionary<SiloAddress, IPushObserver>.Empty;
}
