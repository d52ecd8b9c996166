using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Evidence;
using ChallengeHub.Silo.Observability;
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
        group.MapGet("/{pupilId:guid}/export", ExportAsync).WithName("ExportPupilData")
            .WithSummary("Everything ChallengeHub keeps about the pupil, as one JSON document")
            .RequireAuthorization(AccessPolicies.CoachTeam);
        group.MapDelete("/{pupilId:guid}", EraseAsync).WithName("ErasePupilData")
            .WithSummary("Erase the pupil's nickname, stories and photos everywhere; the team's badges and milestones stay")
            .RequireAuthorization(AccessPolicies.CoachTeam);
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

    private static async Task<Results<Ok<JsonObject>, NotFound>> ExportAsync(
        Guid challengeId, Guid teamId, Guid pupilId, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        var data = new JsonObject();
        foreach (var holder in PupilDataHolders.For(grains, challengeId, teamId))
        {
            var records = await holder.ExportPupilAsync(pupilId);
            data[records.Holder] = JsonNode.Parse(records.Json);
        }

        if (data.All(section => section.Value is null || section.Value is JsonArray { Count: 0 }))
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"challengehub-pupil-{pupilId}.json\"";
        return TypedResults.Ok(new JsonObject
        {
            ["pupilId"] = pupilId,
            ["challengeId"] = challengeId,
            ["teamId"] = teamId,
            ["exportedAt"] = time.GetUtcNow(),
            ["data"] = data,
        });
    }

    /// <summary>Erases in every holder, whether or not the team still knows the pupil, so that a retry finishes an erase cut short.</summary>
    private static async Task<NoContent> EraseAsync(Guid challengeId, Guid teamId, Guid pupilId, IGrainFactory grains, EvidenceStore store, CancellationToken cancellationToken)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);

        // The images first, while their records still name them; the evidence grain then forgets the records.
        foreach (var photo in await grains.GetGrain<IEvidenceGrain>(teamId).ExportUploadedByAsync(pupilId))
        {
            await store.DeleteAsync(photo.BlobName, cancellationToken);
        }

        foreach (var holder in PupilDataHolders.For(grains, challengeId, teamId))
        {
            await holder.ErasePupilAsync(pupilId);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Ok<Pupil>> ResetPinAsync(
        Guid challengeId, Guid teamId, Guid pupilId, PinResetRequest request, HttpContext http, IGrainFactory grains, IAuditTrail audit)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        var pupil = await grains.GetGrain<ITeamGrain>(teamId).ResetPinAsync(pupilId, request);
        await audit.RecordAsync(http, new AuditEvent("pin-reset", challengeId, pupilId.ToString(), "sessions ended, lock lifted"));
        return TypedResults.Ok(pupil);
    }
}
