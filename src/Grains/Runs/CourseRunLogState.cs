using System.Collections.Immutable;

namespace ChallengeHub.Grains.Runs;

[GenerateSerializer, Alias("CourseRunLogState")]
public sealed class CourseRunLogState
{
    /// <summary>Oldest first.</summary>
    [Id(0)]
    public ImmutableArray<RecordedCourseRun> Runs { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("RecordedCourseRun")]
public sealed record RecordedCourseRun(CourseRun Run, string? IdempotencyKey) : IIdempotentEntry
{
    public bool Repeats(int durationMs, bool completed, string note) =>
        Run.DurationMs == durationMs && Run.Completed == completed && Run.Note == note;
}
