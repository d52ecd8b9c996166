namespace ChallengeHub.Grains.Runs;

/// <summary>
/// The run attempts of one team on the course of an electro challenge. Keyed by team id: a team only ever sees its own runs,
/// and no grain gathers the runs of several teams, so no screen can put teams in order of time.
/// </summary>
[Alias("ICourseRunLogGrain")]
public interface ICourseRunLogGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Stores a run attempt while the challenge is running. With an <paramref name="idempotencyKey"/> seen before, returns the run
    /// stored under it and stores nothing; the same key with a different run is refused (422). A construction challenge has no
    /// course, so it refuses runs (422).
    /// </summary>
    [Alias("Record")]
    Task<CourseRun> RecordAsync(Guid challengeId, RecordCourseRunRequest request, string? idempotencyKey);

    /// <summary>The team's runs (newest first), its personal best and its improvement since its first completed run.</summary>
    [Alias("GetOverview")]
    Task<CourseRunOverview> GetOverviewAsync(Guid challengeId);
}
