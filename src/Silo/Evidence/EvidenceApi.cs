using System.Collections.Immutable;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChallengeHub.Silo.Evidence;

/// <summary>
/// A team's evidence photos. An upload is checked and re-encoded before anything is stored; a 201 means both the image (in blob
/// storage) and its record (in the team's evidence grain) are durably stored.
/// </summary>
public static class EvidenceApi
{
    public static RouteGroupBuilder MapEvidenceApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/teams/{teamId:guid}/evidence")
            .WithTags("Evidence")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", ListAsync).WithName("ListEvidencePhotos").RequireAuthorization(AccessPolicies.ReadTeam).WithSummary("A team's evidence photos, newest first");
        group.MapPost("/", UploadAsync).WithName("UploadEvidencePhoto").RequireAuthorization(AccessPolicies.ActForTeam).RequireRateLimiting(RateLimits.Upload)
            .WithSummary("Upload a JPEG, PNG or WebP photo as multipart/form-data in the field 'photo'; it is stored upright, scaled down and without metadata")
            .WithMetadata(new RequestSizeLimitAttribute(PhotoUpload.MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{photoId:guid}", GetPhotoAsync).WithName("GetEvidencePhoto").RequireAuthorization(AccessPolicies.ReadTeam).WithSummary("The stored image of one of the team's photos")
            .Produces(StatusCodes.Status200OK, contentType: ProcessedPhoto.ContentType);
        return group;
    }

    private static async Task<Ok<ImmutableArray<EvidencePhoto>>> ListAsync(Guid challengeId, Guid teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IEvidenceGrain>(teamId).ListAsync(challengeId));

    private static async Task<Results<Created<EvidencePhoto>, ProblemHttpResult>> UploadAsync(
        Guid challengeId,
        Guid teamId,
        HttpRequest request,
        HttpContext http,
        IGrainFactory grains,
        EvidenceStore store,
        CancellationToken cancellationToken)
    {
        var evidence = grains.GetGrain<IEvidenceGrain>(teamId);
        await evidence.EnsureCanAddAsync(challengeId);

        var (content, unreadable) = await PhotoUpload.ReadAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return Problem(unreadable);
        }

        var (photo, refused) = await PhotoProcessor.ProcessAsync(content!, cancellationToken);
        if (refused is not null)
        {
            return Problem(refused);
        }

        // The image is stored first and recorded second, so that a record never points to a missing image; when the record is
        // refused or fails, the image is removed again. Once storing begins it is not cancelled with the request, so that a
        // tablet dropping off the wifi cannot leave an image behind without its record.
        var blobName = await store.SaveAsync(photo!, CancellationToken.None);
        EvidencePhoto stored;
        try
        {
            stored = await evidence.AddAsync(challengeId, new NewEvidencePhoto(Guid.NewGuid(), blobName, ProcessedPhoto.ContentType,
                photo!.Width, photo.Height, photo.Jpeg.Length, UploadedBy: Caller.From(http.User) is { Role: Role.Pupil } pupil ? pupil.Id : null));
        }
        catch
        {
            await store.DeleteAfterFailedRecordAsync(blobName);
            throw;
        }

        return TypedResults.Created($"/api/challenges/{challengeId}/teams/{teamId}/evidence/{stored.Id}", stored);
    }

    private static async Task<FileStreamHttpResult> GetPhotoAsync(
        Guid challengeId,
        Guid teamId,
        Guid photoId,
        HttpResponse response,
        IGrainFactory grains,
        EvidenceStore store,
        CancellationToken cancellationToken)
    {
        var photo = await grains.GetGrain<IEvidenceGrain>(teamId).GetAsync(challengeId, photoId);
        var image = await store.OpenAsync(photo.BlobName, cancellationToken) ?? throw DomainException.NotFound(ProblemTypes.PhotoNotFound, photoId);

        // Pupils' photos stay out of shared caches and proxies; browsers may keep them for the device that showed them.
        response.Headers.CacheControl = "private";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(image, photo.ContentType);
    }

    private static ProblemHttpResult Problem(PhotoRefusal refusal) =>
        TypedResults.Problem(refusal.Problem.ToProblem(refusal.Detail));
}
