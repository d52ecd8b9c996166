using ChallengeHub.Grains.Reports;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Reports;

/// <summary>
/// What a challenge achieved, for the organiser and invited sector-fund staff, and for a coach about their own school's teams:
/// counts across teams only, with small groups hidden (docs/impact-report.md).
/// </summary>
public static class ImpactApi
{
    public static RouteGroupBuilder MapImpactApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/impact").WithTags("Impact").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", GetAsync).WithName("GetImpactReport").RequireAuthorization(AccessPolicies.ReadImpact)
            .WithSummary("The impact report of the season, or of one round or venue (?round=, ?venue=); no figure per team or school");
        group.MapGet("/own-school", GetOwnSchoolAsync).WithName("GetSchoolImpactReport").RequireAuthorization(AccessPolicies.ReadSchoolImpact)
            .WithSummary("The same report over the teams of the calling coach's school");
        return group;
    }

    private static async Task<Ok<ImpactReport>> GetAsync(Guid challengeId, Guid? round, Guid? venue, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IImpactReportGrain>(challengeId).GetAsync(new ImpactScope(round, venue)));

    private static async Task<Ok<ImpactReport>> GetOwnSchoolAsync(Guid challengeId, Guid? round, Guid? venue, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IImpactReportGrain>(challengeId).GetForCoachAsync(new ImpactScope(round, venue), Caller.From(http.User)!.Id));
}
