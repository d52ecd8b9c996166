using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Runs;

/// <summary>One attempt of a team's own design on the course: how long it took and whether it reached the finish.</summary>
[GenerateSerializer, Immutable, Alias("CourseRun")]
public sealed record CourseRun(Guid Id, Guid TeamId, int DurationMs, bool Completed, string Note, DateTimeOffset RecordedAt);

/// <summary>
/// Body of <c>POST /api/challenges/{challengeId}/teams/{teamId}/runs</c>. <paramref name="DurationMs"/> is whole milliseconds;
/// <paramref name="Completed"/> says whether the run reached the finish; both are required.
/// </summary>
[GenerateSerializer, Immutable, Alias("RecordCourseRunRequest")]
public sealed record RecordCourseRunRequest(
    [property: Range(CourseRunLogGrain.MinDurationMs, CourseRunLogGrain.MaxDurationMs)] long? DurationMs,
    bool? Completed,
    [property: MaxLength(CourseRunLogGrain.MaxNoteLength)] string? Note);

/// <summary>
/// What a team sees of its own runs: every run, newest first; its personal best (the fastest completed run, <c>null</c> before
/// the first completed run); and its improvement since its first completed run (<c>null</c> before the first completed run).
/// </summary>
[GenerateSerializer, Immutable, Alias("CourseRunOverview")]
public sealed record CourseRunOverview(ImmutableArray<CourseRun> Runs, CourseRun? PersonalBest, CourseRunImprovement? Improvement)
{
    /// <summary>The overview of <paramref name="oldestFirst"/>; of equally fast completed runs the earliest is the personal best.</summary>
    public static CourseRunOverview Of(IReadOnlyList<CourseRun> oldestFirst)
    {
        var completed = oldestFirst.Where(r => r.Completed).ToList();
        if (completed.Count == 0)
        {
            return new([.. oldestFirst.Reverse()], null, null);
        }

        var first = completed[0];
        var best = completed.MinBy(r => r.DurationMs)!;
        var fasterByMs = first.DurationMs - best.DurationMs;
        var fasterByPercent = Math.Round(100.0 * fasterByMs / first.DurationMs, 1);
        return new([.. oldestFirst.Reverse()], best, new(first.Id, first.DurationMs, fasterByMs, fasterByPercent));
    }
}

/// <summary>
/// How much faster the team's personal best is than its first completed run. Never negative: the first completed run is the
/// starting point, and with only that one run both figures are 0.
/// </summary>
[GenerateSerializer, Immutable, Alias("CourseRunImprovement")]
public sealed record CourseRunImprovement(Guid FirstCompletedRunId, int FirstCompletedDurationMs, int FasterByMs, double FasterByPercent);
