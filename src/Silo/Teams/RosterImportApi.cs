using System.Collections.Immutable;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Teams;

/// <summary>A coach's (or the organiser's) roster list: every team of it registered at once, or none.</summary>
public static class RosterImportApi
{
    public static RouteGroupBuilder MapRosterImportApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}").WithTags("Challenges").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/teams/import", ImportAsync).WithName("ImportTeams").RequireAuthorization(AccessPolicies.RegisterTeam)
            .WithSummary("Register the teams of a roster list (CSV with ; or , as a spreadsheet saves it: team name, optionally school); bad lines are answered by number and nothing is registered")
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Ok<ImmutableArray<TeamDetails>>> ImportAsync(Guid challengeId, RosterImportRequest request, HttpContext http, IGrainFactory grains)
    {
        var caller = Caller.From(http.User)!;
        var teams = await grains.GetGrain<IChallengeGrain>(challengeId).ImportTeamsAsync(request, caller.Role == Role.Coach ? caller.Id : null);

        // As for one team registered by hand: teams that come after the kits went out get the same kit at once.
        var kits = grains.GetGrain<IKitTemplateGrain>(challengeId);
        foreach (var team in teams)
        {
            await kits.IssueToNewTeamAsync(team.Id);
        }

        return TypedResults.Ok(teams);
    }
}
