using ChallengeHub.Grains.Audit;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Observability;

/// <summary>The audit trail of a challenge, for its organisers.</summary>
public static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/challenges/{challengeId:guid}/audit", ListAsync).WithTags("Audit").WithName("GetAuditTrail")
            .WithSummary("Security-relevant events of the challenge, newest first: consent changes, exports, erasures, PIN resets, sign-in failures, refusals")
            .RequireAuthorization(AccessPolicies.Organise)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A page of at most <paramref name="limit"/> events (default 50, at most 100), older than <paramref name="before"/> when given.</summary>
    private static async Task<Ok<AuditPage>> ListAsync(Guid challengeId, long? before, int? limit, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IAuditTrailGrain>(challengeId).ListAsync(before, limit ?? 50));
}
