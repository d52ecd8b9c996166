using ChallengeHub.Grains;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Walls;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Seasons;

/// <summary>
/// The season of a challenge: rounds, venues, which team goes where, and the organiser's invitations to a later round. The
/// venues and their teams are as public as the wall (a venue's wall shows them); the invitations are the organiser's and
/// each team's own.
/// </summary>
public static class SeasonApi
{
    public static RouteGroupBuilder MapSeasonApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}").WithTags("Season").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/season", GetPublicAsync).WithName("GetSeason").AllowAnonymous()
            .WithSummary("The rounds, each venue by date with its teams by name; public while the wall is");
        group.MapGet("/season/plan", GetAsync).WithName("GetSeasonPlan").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("The season with the invitation decisions of every round");
        group.MapPost("/season/rounds", AddRoundAsync).WithName("AddSeasonRound").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Add a round after the ones there are (e.g. the semi-finals, then the final)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/season/rounds/{roundId:guid}/venues", AddVenueAsync).WithName("AddSeasonVenue").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Add a venue (name, date, address) to a round")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/season/venues/{venueId:guid}/teams", AssignTeamsAsync).WithName("AssignVenueTeams").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Send teams to a venue, by hand or every team of a school; a team at another venue of the round moves")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/season/rounds/{roundId:guid}/invitation", InviteAsync).WithName("InviteToRound").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Record which teams are invited to a later round, and why: the organiser's decision, never computed")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/season/venues/{venueId:guid}/overview", GetVenueOverviewAsync).WithName("GetVenueOverview").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Per team of the venue by name: kit checked in, a milestone today, a juror's visit today, a recognition; so that nobody is overlooked");
        group.MapGet("/teams/{teamId:guid}/season", GetTeamSeasonAsync).WithName("GetTeamSeason").RequireAuthorization(AccessPolicies.ReadTeam)
            .WithSummary("The team's venues and invitations, and the round in which it first showed each level");
        return group;
    }

    private static async Task<Ok<SeasonDetails>> GetPublicAsync(Guid challengeId, HttpContext http, IGrainFactory grains, WallAccess access)
    {
        await access.EnsureReadableAsync(http.User, challengeId);
        return TypedResults.Ok(await grains.GetGrain<ISeasonGrain>(challengeId).GetPublicAsync());
    }

    private static async Task<Ok<SeasonDetails>> GetAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ISeasonGrain>(challengeId).GetAsync());

    private static async Task<Ok<SeasonDetails>> AddRoundAsync(Guid challengeId, RoundRequest request, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ISeasonGrain>(challengeId).AddRoundAsync(request));

    private static async Task<Ok<SeasonDetails>> AddVenueAsync(Guid challengeId, Guid roundId, VenueRequest request, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ISeasonGrain>(challengeId).AddVenueAsync(roundId, request));

    private static async Task<Ok<SeasonDetails>> AssignTeamsAsync(Guid challengeId, Guid venueId, AssignTeamsRequest request, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ISeasonGrain>(challengeId).AssignTeamsAsync(venueId, request));

    private static async Task<Ok<SeasonDetails>> InviteAsync(Guid challengeId, Guid roundId, InvitationRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ISeasonGrain>(challengeId).InviteAsync(roundId, request, Caller.From(http.User)!.DisplayName));

    private static async Task<Ok<VenueOverview>> GetVenueOverviewAsync(Guid challengeId, Guid venueId, IGrainFactory grains, TimeProvider time)
    {
        var venue = await grains.GetGrain<ISeasonGrain>(challengeId).FindVenueAsync(venueId)
            ?? throw DomainException.NotFound(ProblemTypes.VenueNotFound, venueId);
        return TypedResults.Ok(await VenueOverviews.BuildAsync(grains, challengeId, venue, time.GetUtcNow()));
    }

    private static async Task<Ok<TeamSeason>> GetTeamSeasonAsync(Guid challengeId, Guid teamId, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ISeasonGrain>(challengeId).GetTeamSeasonAsync(teamId));
    }
}
