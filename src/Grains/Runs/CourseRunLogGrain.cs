using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Runs;

public sealed class CourseRunLogGrain(
    [PersistentState("courseRuns", Constants.StorageName)] IPersistentState<CourseRunLogState> state,
    TimeProvider time) : Grain, ICourseRunLogGrain
{
    public const int MinDurationMs = 1;

    /// <summary>An hour: longer than any course run takes, short enough to catch a stopwatch left running overnight.</summary>
    public const int MaxDurationMs = 60 * 60 * 1000;

    public const int MaxNoteLength = 200;

    /// <summary>Many test sessions' worth of attempts, and well inside one storage entity even with every note and key at full length.</summary>
    public const int MaxRuns = 300;

    public async Task<CourseRun> RecordAsync(Guid challengeId, RecordCourseRunRequest request, string? idempotencyKey)
    {
        var (team, challenge) = await FindElectroTeamAsync(challengeId);
        var validation = new Validation();
        if (request.DurationMs is null)
        {
            validation.Add("durationMs", "durationMs is required.");
        }
        else if (request.DurationMs is < MinDurationMs or > MaxDurationMs)
        {
            validation.Add("durationMs", $"durationMs must be between {MinDurationMs} and {MaxDurationMs} (one hour).");
        }

        if (request.Completed is null)
        {
            validation.Add("completed", "completed is required: true when the run reached the finish, false otherwise.");
        }

        var note = validation.Text("note", request.Note, MaxNoteLength, required: false);
        validation.CheckKey(idempotencyKey);

        validation.ThrowIfInvalid();
        var durationMs = (int)request.DurationMs!.Value;
        var completed = request.Completed!.Value;

        if (Idempotency.FindRetry(state.State.Runs, idempotencyKey, r => r.Repeats(durationMs, completed, note), "run") is { } earlier)
        {
            return earlier.Run;
        }

        if (challenge.Status != ChallengeStatus.Running)
        {
            throw new DomainException(ProblemTypes.ChallengeNotRunning,
                $"Runs can be recorded while the challenge is running; it is {challenge.Status.ToString().ToLowerInvariant()} now.");
        }

        if (state.State.Runs.Length >= MaxRuns)
        {
            throw new DomainException(ProblemTypes.RunLogFull, $"A team can record up to {MaxRuns} runs.");
        }

        var run = new CourseRun(Guid.NewGuid(), team.Id, durationMs, completed, note, time.GetUtcNow());
        var previous = state.State.Runs;
        state.State.Runs = previous.Add(new RecordedCourseRun(run, idempotencyKey));
        await state.WriteOrUndoAsync(() => state.State.Runs = previous);
        return run;
    }

    public async Task<CourseRunOverview> GetOverviewAsync(Guid challengeId)
    {
        await FindElectroTeamAsync(challengeId);
        return CourseRunOverview.Of([.. state.State.Runs.Select(r => r.Run)]);
    }

    private async Task<(TeamDetails Team, ChallengeDetails Challenge)> FindElectroTeamAsync(Guid challengeId)
    {
        var (team, challenge) = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        return challenge.Sector == Sector.Electro
            ? (team, challenge)
            : throw new DomainException(ProblemTypes.NoCourse,
                "Course runs belong to electro challenges, where each team's own design runs a course. This challenge has no course.");
    }
}
