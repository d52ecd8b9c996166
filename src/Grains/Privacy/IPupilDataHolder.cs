namespace ChallengeHub.Grains.Privacy;

/// <summary>
/// A grain that keeps something about a pupil: their nickname, what they wrote, their photos. Every such grain implements
/// this, and <see cref="PupilDataHolders"/> names each one, so that an export shows everything and an erase forgets it
/// everywhere.
/// </summary>
[Alias("IPupilDataHolder")]
public interface IPupilDataHolder : IGrain
{
    /// <summary>
    /// Everything this grain keeps about the pupil as a member of <paramref name="teamId"/>, as JSON. A grain of another team,
    /// or a challenge-wide grain, looks at that team only: an export never reaches past the team in the request's route.
    /// </summary>
    [Alias("ExportPupil")]
    Task<PupilRecords> ExportPupilAsync(Guid teamId, Guid pupilId);

    /// <summary>
    /// Forgets the pupil's nickname, what they wrote and their photos within <paramref name="teamId"/>; facts about the team
    /// (its milestones' competences, its badges) stay, and nothing of the pupil's becomes more visible. Erasing twice is harmless.
    /// </summary>
    [Alias("ErasePupil")]
    Task ErasePupilAsync(Guid teamId, Guid pupilId);
}

/// <summary>What one grain keeps about a pupil: <paramref name="Holder"/> names the kind of data, <paramref name="Json"/> is its content.</summary>
[GenerateSerializer, Immutable, Alias("PupilRecords")]
public sealed record PupilRecords(string Holder, string Json);
