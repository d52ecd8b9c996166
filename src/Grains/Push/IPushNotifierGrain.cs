using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Push;

/// <summary>Delivers a wall delta to the hub observer of every silo. A local stateless worker: call it with key 0.</summary>
[Alias("IPushNotifierGrain")]
public interface IPushNotifierGrain : IGrainWithIntegerKey
{
    /// <summary>Completes when every silo's observer has the delta, so a caller that awaits each delta keeps them in order.</summary>
    [Alias("Publish")]
    Task PublishAsync(WallDelta delta);
}
