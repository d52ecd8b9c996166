using System.Collections.Immutable;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Teams;

/// <summary>A team's pupils: their nicknames for the team, and for its coach their consent and PIN.</summary>
public static class PupilsApi
{
    public static RouteGroupBuilder MapPupilsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/teams/{teamId:guid}/pupils")
            .WithTags("Pupils")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", ListAsync).WithName("ListPupils").WithSummary("The team's pupils by nickname, with their consent")
            .RequireAuthorization(AccessPolicies.ActForTeam);
        group.MapPut("/{pupilId:guid}/consent", SetConsentAsync).WithName("SetPupilConsent")
            .WithSummary("Record consent per channel (wall, showcase, photos); effective at once everywhere")
            .RequireAuthorization(AccessPolicies.CoachTeam);
        group.MapPost("/{pupilId:guid}/pin", ResetPinAsync).WithName("ResetPupilPin")
            .WithSummary("Set a new PIN with the pupil; ends their sessions and lifts a lock-out")
            .RequireAuthorization(AccessPolicies.CoachTeam)
            .ProducesValidationProblem();
        return group;
    }

    private static async Task<Ok<ImmutableArray<Pupil>>> ListAsync(Guid challengeId, Guid teamId, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).ListPupilsAsync());
    }

    private static async Task<Ok<Pupil>> SetConsentAsync(Guid challengeId, Guid teamId, Guid pupilId, ConsentRequest request, HttpContext http, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        var recordedBy = Caller.From(http.User)!.DisplayName;
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).SetConsentAsync(pupilId, request, recordedBy));
    }

    private static async Task<Ok<Pupil>> ResetPinAsync(Guid challengeId, Guid teamId, Guid pupilId, PinResetRequest request, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).ResetPinAsync(pupilId, request));
    }
}
