using System.Collections.Immutable;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChallengeHub.Silo.Milestones;

public static class MilestonesApi
{
    public static RouteGroupBuilder MapMilestonesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/teams/{teamId:guid}/milestones")
            .WithTags("Milestones")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", ListAsync).WithName("ListMilestones").RequireAuthorization(AccessPolicies.ReadTeam).WithSummary("A team's milestones, newest first");
        group.MapPost("/", LogAsync).WithName("LogMilestone").RequireAuthorization(AccessPolicies.ActForTeam).RequireRateLimiting(RateLimits.Creation)
            .WithSummary("Log a milestone; an Idempotency-Key makes retries safe")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Ok<ImmutableArray<Milestone>>> ListAsync(Guid challengeId, Guid teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IMilestoneLogGrain>(teamId).ListAsync(challengeId));

    private static async Task<Created<Milestone>> LogAsync(
        Guid challengeId,
        Guid teamId,
        LogMilestoneRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http,
        IGrainFactory grains,
        Telemetry telemetry)
    {
        var author = Caller.From(http.User) is { Role: Role.Pupil } pupil ? pupil.Id : (Guid?)null;
        var milestone = await grains.GetGrain<IMilestoneLogGrain>(teamId).LogAsync(challengeId, request, idempotencyKey, author);
        telemetry.MilestoneLogged(challengeId);
        return TypedResults.Created($"/api/challenges/{challengeId}/teams/{teamId}/milestones/{milestone.Id}", milestone);
    }
}
