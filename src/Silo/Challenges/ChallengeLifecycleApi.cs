using ChallengeHub.Grains.Challenges;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Challenges;

/// <summary>The lifecycle steps of a challenge, each an explicit action: open, start, showcase, close.</summary>
public static class ChallengeLifecycleApi
{
    public static RouteGroupBuilder MapChallengeLifecycleApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}").WithTags("Challenge lifecycle")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/open", (Guid challengeId, IGrainFactory grains) => AdvanceAsync(challengeId, ChallengeStatus.Open, grains))
            .WithName("OpenChallenge").RequireAuthorization(AccessPolicies.Organise).WithSummary("Draft → open: teams can register");
        group.MapPost("/start", (Guid challengeId, IGrainFactory grains) => AdvanceAsync(challengeId, ChallengeStatus.Running, grains))
            .WithName("StartChallenge").RequireAuthorization(AccessPolicies.Organise).WithSummary("Open → running: milestones, orders, runs and badges");
        group.MapPost("/showcase", (Guid challengeId, IGrainFactory grains) => AdvanceAsync(challengeId, ChallengeStatus.Showcase, grains))
            .WithName("ShowcaseChallenge").RequireAuthorization(AccessPolicies.Organise).WithSummary("Running → showcase: the event day, read-mostly; jurors can still award badges");
        group.MapGet("/closing", GetClosingCheckAsync).WithName("GetClosingCheck").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("The teams without any badge yet, by name, and the closing decision once taken");
        group.MapPost("/close", CloseAsync).WithName("CloseChallenge").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Showcase → closed; with teams still without a badge only with an override and a reason")
            .ProducesValidationProblem();
        return group;
    }

    private static async Task<Ok<ChallengeDetails>> AdvanceAsync(Guid challengeId, ChallengeStatus to, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IChallengeGrain>(challengeId).AdvanceAsync(to));

    private static async Task<Ok<ClosingCheck>> GetClosingCheckAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IChallengeGrain>(challengeId).GetClosingCheckAsync());

    private static async Task<Ok<ChallengeDetails>> CloseAsync(Guid challengeId, CloseChallengeRequest? request, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IChallengeGrain>(challengeId).CloseAsync(request ?? new CloseChallengeRequest(null, null)));
}
