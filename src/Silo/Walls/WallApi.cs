using ChallengeHub.Grains;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Evidence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ChallengeHub.Silo.Walls;

public static class WallApi
{
    /// <summary>
    /// Browsers that showed a wall photo may keep it this long; no shared cache may keep it at all, so that a withdrawn consent
    /// leaves no copy behind for other people.
    /// </summary>
    public const int PhotoMaxAgeSeconds = 60;

    public static RouteGroupBuilder MapWallApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/wall")
            .WithTags("Wall")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", GetAsync).WithName("GetWall")
            .WithSummary("The wall snapshot: every team by name with the levels shown so far, and the sequence to continue from; public while the wall is");
        group.MapGet("/photos/{photoId:guid}", GetPhotoAsync).WithName("GetWallPhoto")
            .WithSummary($"A photo a team's card shows now, at most {WallPhotos.MaxSide} px a side; any other photo is 404")
            .Produces(StatusCodes.Status200OK, contentType: ProcessedPhoto.ContentType)
            .Produces(StatusCodes.Status304NotModified);
        return group;
    }

    private static async Task<Ok<WallSnapshot>> GetAsync(Guid challengeId, HttpContext http, IGrainFactory grains, WallAccess access)
    {
        await access.EnsureReadableAsync(http.User, challengeId);
        return TypedResults.Ok(await grains.GetGrain<IWallGrain>(challengeId).GetSnapshotAsync());
    }

    /// <summary>Asks the wall on every request, also for a revalidation, so a withdrawn consent or an erase stops the photo at once.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> GetPhotoAsync(
        Guid challengeId, Guid photoId, HttpContext http, HttpRequest request, HttpResponse response, IGrainFactory grains, WallPhotos photos, WallAccess access,
        CancellationToken cancellationToken)
    {
        await access.EnsureReadableAsync(http.User, challengeId);
        var teamId = await grains.GetGrain<IWallGrain>(challengeId).FindTeamShowingPhotoAsync(photoId);

        // A stored photo never changes: its id and the rendition's size name the bytes.
        var etag = new EntityTagHeaderValue($"\"{photoId:N}-{WallPhotos.MaxSide}\"");
        response.Headers.CacheControl = $"private, max-age={PhotoMaxAgeSeconds}";
        response.Headers.ETag = etag.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        if (request.GetTypedHeaders().IfNoneMatch.Any(e => e.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var photo = await grains.GetGrain<IEvidenceGrain>(teamId).GetAsync(challengeId, photoId);
        var rendition = await photos.GetAsync(photo, cancellationToken) ?? throw DomainException.NotFound(ProblemTypes.PhotoNotFound, photoId);
        return TypedResults.File(rendition, ProcessedPhoto.ContentType);
    }
}
