using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Walls;
using Microsoft.AspNetCore.SignalR;

namespace ChallengeHub.Silo.Live;

/// <summary>This silo's end of the push path: hands each wall delta to the local connections watching its challenge.</summary>
public sealed class HubWallObserver(IHubContext<LiveHub> hub) : IWallObserver
{
    public Task OnWallDeltaAsync(WallDelta delta) =>
        hub.Clients.Group(LiveHub.GroupOf(delta.ChallengeId)).SendAsync(LiveHub.WallDeltaMethod, delta);
}
