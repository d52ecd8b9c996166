using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChallengeHub.Silo.Kits;

public static class KitsApi
{
    public static RouteGroupBuilder MapKitsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}")
            .WithTags("Kits")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/kit-template", GetTemplateAsync).WithName("GetKitTemplate").RequireAuthorization(AccessPolicies.ChallengeMember).WithSummary("The kit every team of the challenge is issued");
        group.MapPut("/kit-template", SetTemplateAsync).WithName("SetKitTemplate").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Replace the kit template's items (part number, description, quantity, unit value in euro cents)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/kits/issue", IssueToAllAsync).WithName("IssueKits").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Issue the kit template to every registered team; kits already on this template stay as they are")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/kit-issues", ListOpenIssuesAsync).WithName("ListOpenKitIssues").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Missing or damaged items without delivered replacement and open replacement requests, per team by name");
        group.MapGet("/teams-without-kit", ListTeamsWithoutKitAsync).WithName("ListTeamsWithoutKit").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("The teams that have no kit yet, by name, so that the organiser can issue it to them");

        var kit = group.MapGroup("/teams/{teamId:guid}/kit");
        kit.MapGet("/", GetKitAsync).WithName("GetKit").RequireAuthorization(AccessPolicies.ReadTeam).WithSummary("A team's kit with its check-in and replacement requests");
        kit.MapPost("/issue", IssueToTeamAsync).WithName("IssueKit").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Issue the kit template to one team; its check-in is kept")
            .ProducesProblem(StatusCodes.Status409Conflict);
        kit.MapPut("/items/{partNumber}/check-in", CheckInAsync).WithName("CheckInKitItem").RequireAuthorization(AccessPolicies.CoachTeam)
            .WithSummary("Record an item as received, missing or damaged")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        kit.MapPost("/replacements", RequestReplacementAsync).WithName("RequestKitReplacement").RequireAuthorization(AccessPolicies.ActForTeam)
            .WithSummary("Request a replacement for a missing or damaged item; an Idempotency-Key makes retries safe")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        kit.MapPost("/replacements/{replacementId:guid}/delivered", MarkDeliveredAsync).WithName("MarkKitReplacementDelivered").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Mark a replacement as delivered, which closes the item's issue")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Ok<KitTemplate>> GetTemplateAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IKitTemplateGrain>(challengeId).GetAsync());

    private static async Task<Ok<KitTemplate>> SetTemplateAsync(Guid challengeId, SetKitTemplateRequest request, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IKitTemplateGrain>(challengeId).SetAsync(request));

    private static async Task<Ok<IssueKitsResult>> IssueToAllAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IKitTemplateGrain>(challengeId).IssueToAllAsync());

    private static async Task<Ok<ImmutableArray<TeamKitIssues>>> ListOpenIssuesAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IKitTemplateGrain>(challengeId).ListOpenIssuesAsync());

    private static async Task<Ok<ImmutableArray<TeamReference>>> ListTeamsWithoutKitAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IKitTemplateGrain>(challengeId).ListTeamsWithoutKitAsync());

    private static async Task<Ok<Kit>> GetKitAsync(Guid challengeId, Guid teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IKitGrain>(teamId).GetAsync(challengeId));

    private static async Task<Ok<Kit>> IssueToTeamAsync(Guid challengeId, Guid teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IKitTemplateGrain>(challengeId).IssueToTeamAsync(teamId));

    private static async Task<Ok<KitItem>> CheckInAsync(Guid challengeId, Guid teamId, string partNumber, CheckInKitItemRequest request, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IKitGrain>(teamId).CheckInAsync(challengeId, partNumber, request));

    private static async Task<Created<KitReplacement>> RequestReplacementAsync(
        Guid challengeId,
        Guid teamId,
        RequestReplacementRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IGrainFactory grains)
    {
        var replacement = await grains.GetGrain<IKitGrain>(teamId).RequestReplacementAsync(challengeId, request, idempotencyKey);
        return TypedResults.Created($"/api/challenges/{challengeId}/teams/{teamId}/kit/replacements/{replacement.Id}", replacement);
    }

    private static async Task<Ok<KitReplacement>> MarkDeliveredAsync(Guid challengeId, Guid teamId, Guid replacementId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IKitGrain>(teamId).MarkDeliveredAsync(challengeId, replacementId));
}
