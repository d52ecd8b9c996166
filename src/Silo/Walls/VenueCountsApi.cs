using ChallengeHub.Grains;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Walls;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Walls;

/// <summary>
/// The header counts of a venue's wall: milestones, badges and competences shown today, summed over the teams going to that
/// venue. Counts over a group of teams, like the challenge's; nothing here is per team.
/// </summary>
public static class VenueCountsApi
{
    public static RouteGroupBuilder MapVenueCountsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/wall").WithTags("Wall").AllowAnonymous().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/venues/{venueId:guid}/counts", GetAsync).WithName("GetVenueWallCounts")
            .WithSummary("The wall's header counts over the teams of one venue; public while the wall is");
        return group;
    }

    private static async Task<Ok<WallCounts>> GetAsync(Guid challengeId, Guid venueId, HttpContext http, IGrainFactory grains, WallAccess access)
    {
        await access.EnsureReadableAsync(http.User, challengeId);
        var venue = await grains.GetGrain<ISeasonGrain>(challengeId).FindVenueAsync(venueId) ?? throw DomainException.NotFound(ProblemTypes.VenueNotFound, venueId);
        return TypedResults.Ok(await grains.GetGrain<IWallGrain>(challengeId).GetCountsAsync([.. venue.Teams.Select(t => t.Id)]));
    }
}
