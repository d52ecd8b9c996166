using System.Collections.Immutable;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChallengeHub.Silo.Badges;

public static class BadgesApi
{
    public static RouteGroupBuilder MapBadgesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/teams/{teamId:guid}/badges")
            .WithTags("Badges")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", ListAsync).WithName("ListBadges").RequireAuthorization(AccessPolicies.ReadTeam).WithSummary("A team's badges, newest first");
        group.MapPost("/", AwardAsync).WithName("AwardBadge").RequireAuthorization(AccessPolicies.Judge)
            .WithSummary("Award a competence badge at a rubric level; an Idempotency-Key makes retries safe")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Ok<ImmutableArray<Badge>>> ListAsync(Guid challengeId, Guid teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICompetenceProfileGrain>(teamId).ListAsync(challengeId));

    private static async Task<Created<Badge>> AwardAsync(
        Guid challengeId,
        Guid teamId,
        AwardBadgeRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IGrainFactory grains)
    {
        var badge = await grains.GetGrain<ICompetenceProfileGrain>(teamId).AwardAsync(challengeId, request, idempotencyKey);
        return TypedResults.Created($"/api/challenges/{challengeId}/teams/{teamId}/badges/{badge.Id}", badge);
    }
}
