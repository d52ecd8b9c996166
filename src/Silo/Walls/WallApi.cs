using ChallengeHub.Grains.Walls;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Walls;

public static class WallApi
{
    public static RouteHandlerBuilder MapWallApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/challenges/{challengeId:guid}/wall", GetAsync)
            .WithTags("Wall")
            .WithName("GetWall").AllowAnonymous()
            .WithSummary("The wall snapshot: every team by name with the levels shown so far, and the sequence to continue from")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<WallSnapshot>> GetAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IWallGrain>(challengeId).GetSnapshotAsync());
}
