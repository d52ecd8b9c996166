using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Badges.Credentials;
using ChallengeHub.Silo.Badges.Credentials.Issuance;
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

    private static async Task<Ok<Pupil>> SetConsentAsync(
        Guid challengeId, Guid teamId, Guid pupilId, ConsentRequest request, HttpContext http, IGrainFactory grains, IAuditTrail audit)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        var recordedBy = Caller.From(http.User)!.DisplayName;
        var pupil = await grains.GetGrain<ITeamGrain>(teamId).SetConsentAsync(pupilId, request, recordedBy);
        var consent = pupil.Consent;
        await audit.RecordAsync(http, new("consent-changed", challengeId, $"pupil {pupilId}",
            $"wall {(consent.Wall ? "yes" : "no")}, showcase {(consent.Showcase ? "yes" : "no")}, photos {(consent.Photos ? "yes" : "no")}"));
        return TypedResults.Ok(pupil);
    }

    /// <summary>
    /// What the holders keep about the pupil within the route's team, or null when none keeps anything: then the pupil is not
    /// (or no longer) of this team, and export and erase answer 404 without touching anything.
    /// </summary>
    private static async Task<JsonObject?> ReadAsync(IGrainFactory grains, Guid challengeId, Guid teamId, Guid pupilId)
    {
        var data = new JsonObject();
        foreach (var holder in PupilDataHolders.For(grains, challengeId, teamId))
        {
            var records = await holder.ExportPupilAsync(teamId, pupilId);
            data[records.Holder] = JsonNode.Parse(records.Json);
        }

        return data.All(section => section.Value is null || section.Value is JsonArray { Count: 0 }) ? null : data;
    }

    private static async Task<Results<Ok<JsonObject>, NotFound>> ExportAsync(
        Guid challengeId, Guid teamId, Guid pupilId, HttpContext http, IGrainFactory grains, TimeProvider time, IAuditTrail audit)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        if (await ReadAsync(grains, challengeId, teamId, pupilId) is not { } data)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(http, new("pupil-exported", challengeId, $"pupil {pupilId}"));
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

    /// <summary>
    /// Erases in every holder of the route's team, whether or not the team grain still knows the pupil, so that a retry finishes
    /// an erase cut short; a pupil of whom the team keeps nothing (another team's, or erased already) is 404.
    /// </summary>
    private static async Task<Results<NoContent, NotFound>> EraseAsync(
        Guid challengeId, Guid teamId, Guid pupilId, HttpContext http, IGrainFactory grains, EvidenceStore store, CredentialIssuer issuer, IAuditTrail audit,
        CancellationToken cancellationToken)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        if (await ReadAsync(grains, challengeId, teamId, pupilId) is null)
        {
            return TypedResults.NotFound();
        }

        // The images first, while their records still name them; the evidence grain then forgets the records.
        foreach (var photo in await grains.GetGrain<IEvidenceGrain>(teamId).ExportUploadedByAsync(pupilId))
        {
            await store.DeleteAsync(photo.BlobName, cancellationToken);
        }

        foreach (var holder in PupilDataHolders.For(grains, challengeId, teamId))
        {
            await holder.ErasePupilAsync(teamId, pupilId);
        }

        // Issued credentials may carry the pupil's salted hash: issue the team's again without it.
        foreach (var badge in await grains.GetGrain<ICompetenceProfileGrain>(teamId).ListAsync(challengeId))
        {
            await issuer.ReissueAsync(badge.Id, PublicAddress.Of(http));
        }

        await audit.RecordAsync(http, new("pupil-erased", challengeId, $"pupil {pupilId}"));
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Pupil>> ResetPinAsync(
        Guid challengeId, Guid teamId, Guid pupilId, PinResetRequest request, HttpContext http, IGrainFactory grains, IAuditTrail audit)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        var pupil = await grains.GetGrain<ITeamGrain>(teamId).ResetPinAsync(pupilId, request);
        await audit.RecordAsync(http, new("pin-reset", challengeId, $"pupil {pupilId}", "sessions ended, lock lifted"));
        return TypedResults.Ok(pupil);
    }
}
