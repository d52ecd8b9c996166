using ChallengeHub.Grains.Runs;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChallengeHub.Silo.Runs;

/// <summary>
/// A team's course runs, only ever under that team's path: there is deliberately no route that returns the runs of
/// several teams, so nothing can list teams by time.
/// </summary>
public static class RunsApi
{
    public static RouteGroupBuilder MapRunsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/teams/{teamId:guid}/runs")
            .WithTags("Course runs")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", GetAsync).WithName("GetCourseRuns").RequireAuthorization(AccessPolicies.ReadTeam)
            .WithSummary("A team's own runs (newest first), its personal best and its improvement since its first completed run");
        group.MapPost("/", RecordAsync).WithName("RecordCourseRun").RequireAuthorization(AccessPolicies.ActForTeam).RequireRateLimiting(RateLimits.Creation)
            .WithSummary("Record a run attempt on the course; an Idempotency-Key makes retries safe")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Ok<CourseRunOverview>> GetAsync(Guid challengeId, Guid teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICourseRunLogGrain>(teamId).GetOverviewAsync(challengeId));

    private static async Task<Created<CourseRun>> RecordAsync(
        Guid challengeId,
        Guid teamId,
        RecordCourseRunRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IGrainFactory grains)
    {
        var run = await grains.GetGrain<ICourseRunLogGrain>(teamId).RecordAsync(challengeId, request, idempotencyKey);
        return TypedResults.Created($"/api/challenges/{challengeId}/teams/{teamId}/runs/{run.Id}", run);
    }
}
