using System.Collections.Immutable;
using System.Text.Json;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Evidence;

public sealed class EvidenceGrain(
    [PersistentState("evidence", Constants.StorageName)] IPersistentState<EvidenceState> state,
    TimeProvider time) : Grain, IEvidenceGrain
{
    /// <summary>
    /// Two photos a milestone for every milestone a team can log, and far inside one storage entity
    /// (a record takes about 300 bytes).
    /// </summary>
    public const int MaxPhotos = 600;

    public const int MaxBlobNameLength = 100;
    public const int MaxContentTypeLength = 50;

    public async Task EnsureCanAddAsync(Guid challengeId)
    {
        var (_, challenge) = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        EnsureRoom(challenge);
    }

    public async Task<EvidencePhoto> AddAsync(Guid challengeId, NewEvidencePhoto photo)
    {
        var (team, challenge) = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        var validation = new Validation();
        validation.Text("blobName", photo.BlobName, MaxBlobNameLength);
        validation.Text("contentType", photo.ContentType, MaxContentTypeLength);
        if (photo.Width <= 0 || photo.Height <= 0 || photo.ByteLength <= 0)
        {
            validation.Add("photo", "A photo has a width, a height and a length above zero.");
        }

        validation.ThrowIfInvalid();
        if (state.State.Photos.FirstOrDefault(p => p.Id == photo.Id) is { } earlier)
        {
            return earlier;
        }

        EnsureRoom(challenge);
        var stored = new EvidencePhoto(photo.Id, team.Id, photo.BlobName, photo.ContentType, photo.Width, photo.Height,
            photo.ByteLength, time.GetUtcNow(), photo.UploadedBy);
        var previous = state.State.Photos;
        state.State.ChallengeId = challengeId;
        state.State.Photos = previous.Add(stored);
        await state.WriteOrUndoAsync(() => state.State.Photos = previous);
        return stored;
    }

    public async Task<ImmutableArray<EvidencePhoto>> ListAsync(Guid challengeId)
    {
        await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        return [.. state.State.Photos.Reverse()];
    }

    public async Task<EvidencePhoto> GetAsync(Guid challengeId, Guid photoId)
    {
        await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        return state.State.Photos.FirstOrDefault(p => p.Id == photoId) ?? throw DomainException.NotFound(ProblemTypes.PhotoNotFound, photoId);
    }

    public Task<ImmutableArray<Guid>> FindUnknownAsync(ImmutableArray<Guid> photoIds) =>
        Task.FromResult(photoIds.Where(id => state.State.Photos.All(p => p.Id != id)).ToImmutableArray());

    public Task<ImmutableArray<EvidencePhoto>> FindAsync(ImmutableArray<Guid> photoIds) =>
        Task.FromResult(photoIds.Select(id => state.State.Photos.FirstOrDefault(p => p.Id == id)).OfType<EvidencePhoto>().ToImmutableArray());

    public Task<ImmutableArray<EvidencePhoto>> ExportUploadedByAsync(Guid uploadedBy) =>
        Task.FromResult(state.State.Photos.Where(p => p.UploadedBy == uploadedBy).ToImmutableArray());

    /// <summary>The records of the pupil's photos; the export links each image, served to the team's coach and organiser.</summary>
    public async Task<PupilRecords> ExportPupilAsync(Guid teamId, Guid pupilId)
    {
        var photos = (teamId == this.GetPrimaryKey() ? await ExportUploadedByAsync(pupilId) : []).Select(p => new { p.Id, p.UploadedAt, p.Width, p.Height, p.ContentType });
        return new PupilRecords("photos", JsonSerializer.Serialize(photos, PupilJson.Options));
    }

    /// <summary>Forgets the records; the caller deletes the images first, while it can still find them (see <see cref="RemoveUploadedByAsync"/>).</summary>
    public async Task ErasePupilAsync(Guid teamId, Guid pupilId)
    {
        if (teamId == this.GetPrimaryKey())
        {
            await RemoveUploadedByAsync(pupilId);
        }
    }

    public async Task<ImmutableArray<EvidencePhoto>> RemoveUploadedByAsync(Guid uploadedBy)
    {
        var removed = state.State.Photos.Where(p => p.UploadedBy == uploadedBy).ToImmutableArray();
        if (removed.IsEmpty)
        {
            return removed;
        }

        var previous = state.State.Photos;
        state.State.Photos = previous.RemoveAll(p => p.UploadedBy == uploadedBy);
        await state.WriteOrUndoAsync(() => state.State.Photos = previous);
        return removed;
    }

    private void EnsureRoom(ChallengeDetails challenge)
    {
        ChallengeLifecycle.EnsureEvidenceCanBeAdded(challenge);
        if (state.State.Photos.Length >= MaxPhotos)
        {
            throw new DomainException(ProblemTypes.NoRoomForPhotos,
                $"A team can keep up to {MaxPhotos} photos; this team has reached that number.");
        }
    }
}
