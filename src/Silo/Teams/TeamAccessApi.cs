using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Observability;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Teams;

/// <summary>
/// Who may join a team, for its coach: the roster with consent recorded before pupils join, open places, nicknames waiting
/// for approval, and pupils paused after wrong PINs, whose pause the coach can lift.
/// </summary>
public static class TeamAccessApi
{
    public static RouteGroupBuilder MapTeamAccessApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/teams/{teamId:guid}")
            .WithTags("Pupils")
            .RequireAuthorization(AccessPolicies.CoachTeam)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/access", GetAsync).WithName("GetTeamAccess")
            .WithSummary("The roster, open places, nicknames waiting for approval and paused pupils");
        group.MapPut("/roster", SetRosterAsync).WithName("SetTeamRoster")
            .WithSummary("Enter the nicknames expected and the places open to other nicknames; whether other nicknames need approval")
            .ProducesValidationProblem();
        group.MapPut("/roster/{entryId:guid}/consent", SetRosterConsentAsync).WithName("SetRosterConsent")
            .WithSummary("Record consent for a roster nickname before the pupil joins; the pupil joining with it has it from the start");
        group.MapPost("/pending/{pendingId:guid}/approve", ApproveAsync).WithName("ApproveJoin")
            .WithSummary("Let a nickname waiting for approval join the team")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/pending/{pendingId:guid}", DismissAsync).WithName("DismissJoin")
            .WithSummary("Turn a waiting nickname away");
        group.MapDelete("/pupils/{pupilId:guid}/lock", LiftLockAsync).WithName("LiftPupilLock")
            .WithSummary("Let a pupil paused after wrong PINs try again at once, on every tablet");
        return group;
    }

    private static async Task<Ok<TeamAccess>> GetAsync(Guid challengeId, Guid teamId, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).GetAccessAsync());
    }

    private static async Task<Ok<TeamAccess>> SetRosterAsync(Guid challengeId, Guid teamId, RosterRequest request, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).SetRosterAsync(request));
    }

    private static async Task<Ok<TeamAccess>> SetRosterConsentAsync(
        Guid challengeId, Guid teamId, Guid entryId, ConsentRequest request, HttpContext http, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).SetRosterConsentAsync(entryId, request, Caller.From(http.User)!.DisplayName));
    }

    private static async Task<Ok<Pupil>> ApproveAsync(Guid challengeId, Guid teamId, Guid pendingId, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).ApproveAsync(pendingId));
    }

    private static async Task<Ok<TeamAccess>> DismissAsync(Guid challengeId, Guid teamId, Guid pendingId, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).DismissAsync(pendingId));
    }

    private static async Task<Ok<Pupil>> LiftLockAsync(Guid challengeId, Guid teamId, Guid pupilId, HttpContext http, IGrainFactory grains, IAuditTrail audit)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        var pupil = await grains.GetGrain<ITeamGrain>(teamId).LiftLockAsync(pupilId);
        await audit.RecordAsync(http, new AuditEvent("pupil-lock-lifted", challengeId, pupilId.ToString()));
        return TypedResults.Ok(pupil);
    }
}
