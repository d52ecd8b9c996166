using System.Collections.Immutable;
using ChallengeHub.Grains.Privacy;

namespace ChallengeHub.Grains.Evidence;

/// <summary>
/// The records of a team's evidence photos (the images themselves are in blob storage). Keyed by team id. Every method that
/// takes a challenge id answers 404 when the team is not one of that challenge's teams.
/// </summary>
[Alias("IEvidenceGrain")]
public interface IEvidenceGrain : IGrainWithGuidKey, IPupilDataHolder
{
    /// <summary>
    /// Refuses, as <see cref="AddAsync"/> would, when no photo can be added now (unknown team, challenge not running, no room left),
    /// so that an upload is refused before it is decoded or stored.
    /// </summary>
    [Alias("EnsureCanAdd")]
    Task EnsureCanAddAsync(Guid challengeId);

    /// <summary>
    /// Records a photo that is already stored. A photo id recorded before returns the earlier record and stores nothing.
    /// Refused with 409 when the challenge is not running or the team holds <see cref="EvidenceGrain.MaxPhotos"/> photos.
    /// </summary>
    [Alias("Add")]
    Task<EvidencePhoto> AddAsync(Guid challengeId, NewEvidencePhoto photo);

    /// <summary>The team's photos, newest first.</summary>
    [Alias("List")]
    Task<ImmutableArray<EvidencePhoto>> ListAsync(Guid challengeId);

    /// <summary>One of the team's photos; 404 when the team has no photo with that id.</summary>
    [Alias("Get")]
    Task<EvidencePhoto> GetAsync(Guid challengeId, Guid photoId);

    /// <summary>The ids among <paramref name="photoIds"/> that are not this team's photos.</summary>
    [Alias("FindUnknown")]
    Task<ImmutableArray<Guid>> FindUnknownAsync(ImmutableArray<Guid> photoIds);

    /// <summary>
    /// The records among <paramref name="photoIds"/> that are this team's photos, in the order asked. Reads only, so it
    /// interleaves: the wall asks while it applies a milestone, whatever the team's evidence is busy with.
    /// </summary>
    [Alias("Find"), AlwaysInterleave]
    Task<ImmutableArray<EvidencePhoto>> FindAsync(ImmutableArray<Guid> photoIds);

    /// <summary>The records of the photos <paramref name="uploadedBy"/> uploaded to this team, oldest first.</summary>
    [Alias("ExportUploadedBy")]
    Task<ImmutableArray<EvidencePhoto>> ExportUploadedByAsync(Guid uploadedBy);

    /// <summary>
    /// Forgets every photo <paramref name="uploadedBy"/> uploaded to this team and returns their records, so that the caller
    /// deletes their blobs. Milestones that pointed to them keep the ids; those photos are then no longer served.
    /// </summary>
    [Alias("RemoveUploadedBy")]
    Task<ImmutableArray<EvidencePhoto>> RemoveUploadedByAsync(Guid uploadedBy);
}
