using ChallengeHub.Grains.Runs;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Runs;

/// <summary>Records course runs for a team arranged with <see cref="Arrange"/>.</summary>
public static class ArrangeRuns
{
    public static Task<CourseRun> RunAsync(this IGrainFactory grains, TeamDetails team, long? durationMs, bool? completed = true,
        string? note = null, string? idempotencyKey = null) =>
        grains.GetGrain<ICourseRunLogGrain>(team.Id).RecordAsync(team.ChallengeId, new(durationMs, completed, note), idempotencyKey);

    public static Task<CourseRunOverview> RunsAsync(this IGrainFactory grains, TeamDetails team) =>
        grains.GetGrain<ICourseRunLogGrain>(team.Id).GetOverviewAsync(team.ChallengeId);
}
