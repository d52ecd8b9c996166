using ChallengeHub.Grains;
using ChallengeHub.Grains.Walls;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChallengeHub.Silo.Live;

/// <summary>
/// <c>/hubs/challenge</c>. Clients watch a challenge and then receive <c>wallDelta</c> messages, pushed through
/// <see cref="HubWallObserver"/> on whichever silo they are connected to.
/// </summary>
public sealed class LiveHub(IGrainFactory grains) : Hub
{
    public const string WallDeltaMethod = "wallDelta";

    /// <summary>Joins the challenge's group first, then returns the snapshot, so no delta falls between the two.</summary>
    /// <remarks>Public like the wall itself; every hub method says who may call it.</remarks>
    [AllowAnonymous]
    public async Task<WallSnapshot> WatchChallenge(Guid challengeId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(challengeId), Context.ConnectionAborted);
        try
        {
            return await grains.GetGrain<IWallGrain>(challengeId).GetSnapshotAsync();
        }
        catch (DomainException exception)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(challengeId));
            throw new HubException(exception.Detail);
        }
    }

    [AllowAnonymous]
    public Task UnwatchChallenge(Guid challengeId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(challengeId), Context.ConnectionAborted);

    public static string GroupOf(Guid challengeId) => $"challenge:{challengeId:N}";
}
