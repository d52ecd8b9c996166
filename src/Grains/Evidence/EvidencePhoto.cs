namespace ChallengeHub.Grains.Evidence;

/// <summary>
/// A photo a team took as evidence of its work. The image itself lives in blob storage under <see cref="BlobName"/>: a name
/// ChallengeHub generated, re-encoded from decoded pixels so that it carries no metadata of the original file.
/// <see cref="UploadedBy"/> is the pupil's account that uploaded it, when known: it lets a pupil's photos be exported and erased.
/// </summary>
[GenerateSerializer, Immutable, Alias("EvidencePhoto")]
public sealed record EvidencePhoto(
    Guid Id,
    Guid TeamId,
    string BlobName,
    string ContentType,
    int Width,
    int Height,
    long ByteLength,
    DateTimeOffset UploadedAt,
    Guid? UploadedBy);

/// <summary>A photo that is already in blob storage, to be recorded for a team.</summary>
[GenerateSerializer, Immutable, Alias("NewEvidencePhoto")]
public sealed record NewEvidencePhoto(
    Guid Id,
    string BlobName,
    string ContentType,
    int Width,
    int Height,
    long ByteLength,
    Guid? UploadedBy);
