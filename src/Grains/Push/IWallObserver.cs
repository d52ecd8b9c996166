using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Push;

/// <summary>One per silo: hands wall deltas to the hub connections of that silo.</summary>
[Alias("IWallObserver")]
public interface IWallObserver : IGrainObserver
{
    [Alias("OnWallDelta")]
    Task OnWallDeltaAsync(WallDelta delta);
}
