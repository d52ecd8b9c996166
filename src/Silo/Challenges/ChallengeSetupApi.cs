using ChallengeHub.Grains;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Challenges;

/// <summary>The organiser's setup of a challenge: its competence framework (also as a shareable JSON document) and its schedule.</summary>
public static class ChallengeSetupApi
{
    public static RouteGroupBuilder MapChallengeSetupApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}").WithTags("Challenge setup").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/framework", GetFrameworkAsync).WithName("ExportFramework").RequireAuthorization(AccessPolicies.ChallengeMember)
            .WithSummary("The competence framework as a JSON document that another challenge can import");
        group.MapPut("/framework", UpdateFrameworkAsync).WithName("UpdateFramework").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Replace the framework: add, rename, describe, reorder competences, or import a shared framework")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/schedule", SetScheduleAsync).WithName("SetSchedule").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Set start and end dates, the event day and optional phases")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Ok<FrameworkDocument>> GetFrameworkAsync(Guid challengeId, IGrainFactory grains)
    {
        var challenge = await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, challengeId);
        return TypedResults.Ok(new FrameworkDocument(FrameworkDocument.CurrentFormat, challenge.Competences));
    }

    private static async Task<Ok<ChallengeDetails>> UpdateFrameworkAsync(Guid challengeId, FrameworkDocument framework, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IChallengeGrain>(challengeId).UpdateFrameworkAsync(framework));

    private static async Task<Ok<ChallengeDetails>> SetScheduleAsync(Guid challengeId, ScheduleRequest schedule, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IChallengeGrain>(challengeId).SetScheduleAsync(schedule));
}
