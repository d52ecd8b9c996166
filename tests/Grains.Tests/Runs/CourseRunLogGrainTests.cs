using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Runs;

namespace ChallengeHub.Grains.Tests.Runs;

public sealed class CourseRunLogGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    public static TheoryData<long?, bool?, int, string> InvalidRuns => new()
    {
        { null, true, 0, "durationMs" },
        { 0, true, 0, "durationMs" },
        { -1500, false, 0, "durationMs" },
        { CourseRunLogGrain.MaxDurationMs + 1, true, 0, "durationMs" },
        { long.MaxValue, true, 0, "durationMs" },
        { 12_000, null, 0, "completed" },
        { 12_000, true, CourseRunLogGrain.MaxNoteLength + 1, "note" },
    };

    [Fact]
    public async Task RecordedRunsAreStoredAndListedNewestFirst()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);

        var first = await _grains.RunAsync(team, 23_456, completed: false, note: "  Bleef hangen in de bocht. ");
        var second = await _grains.RunAsync(team, CourseRunLogGrain.MinDurationMs);
        var third = await _grains.RunAsync(team, CourseRunLogGrain.MaxDurationMs, note: "");

        Assert.Equal(new CourseRun(first.Id, team.Id, 23_456, false, "Bleef hangen in de bocht.", first.RecordedAt), first);
        var overview = await _grains.RunsAsync(team);
        Assert.Equal([third, second, first], overview.Runs);
        Assert.True(third.RecordedAt >= second.RecordedAt && second.RecordedAt >= first.RecordedAt);
    }

    [Fact]
    public async Task RunsAreRecordedOnlyWhileTheChallengeRuns()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.GetGrain<IChallengeGrain>(challenge.Id).AdvanceAsync(ChallengeStatus.Showcase);

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.RunAsync(team, 12_000));

        Assert.Empty((await _grains.RunsAsync(team)).Runs);
    }

    [Fact]
    public async Task ATeamWithoutRunsHasNoPersonalBestAndNoImprovement()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);

        var overview = await _grains.RunsAsync(team);

        Assert.Empty(overview.Runs);
        Assert.Null(overview.PersonalBest);
        Assert.Null(overview.Improvement);
    }

    [Fact]
    public async Task RunsThatDidNotReachTheFinishAreNeitherPersonalBestNorStartingPoint()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.RunAsync(team, 8_000, completed: false);
        await _grains.RunAsync(team, 5_000, completed: false);

        var overview = await _grains.RunsAsync(team);

        Assert.Equal(2, overview.Runs.Length);
        Assert.Null(overview.PersonalBest);
        Assert.Null(overview.Improvement);
    }

    [Fact]
    public async Task TheOnlyCompletedRunIsPersonalBestAndStartingPointWithNoImprovementYet()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.RunAsync(team, 9_000, completed: false);
        var completed = await _grains.RunAsync(team, 31_250);
        await _grains.RunAsync(team, 7_000, completed: false);

        var overview = await _grains.RunsAsync(team);

        Assert.Equal(completed, overview.PersonalBest);
        Assert.Equal(new CourseRunImprovement(completed.Id, 31_250, 0, 0), overview.Improvement);
    }

    [Fact]
    public async Task ImprovementComparesTheFastestCompletedRunWithTheFirstCompletedRun()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.RunAsync(team, 2_000, completed: false);
        var first = await _grains.RunAsync(team, 20_000);
        var fastest = await _grains.RunAsync(team, 16_000);
        await _grains.RunAsync(team, 9_000, completed: false);
        await _grains.RunAsync(team, 18_000);
        await _grains.RunAsync(team, 16_000, note: "Even snel als ons record.");

        var overview = await _grains.RunsAsync(team);

        Assert.Equal(fastest, overview.PersonalBest);
        Assert.Equal(new CourseRunImprovement(first.Id, 20_000, 4_000, 20.0), overview.Improvement);
    }

    [Fact]
    public async Task ImprovementPercentageIsRoundedToOneDecimal()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.RunAsync(team, 30_000);
        await _grains.RunAsync(team, 20_000);

        var overview = await _grains.RunsAsync(team);

        Assert.Equal(10_000, overview.Improvement!.FasterByMs);
        Assert.Equal(33.3, overview.Improvement.FasterByPercent);
    }

    [Theory]
    [MemberData(nameof(InvalidRuns))]
    public async Task AnInvalidRunNamesTheFieldAndStoresNothing(long? durationMs, bool? completed, int noteLength, string field)
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Invalid,
            () => _grains.RunAsync(team, durationMs, completed, new string('n', noteLength)));

        Assert.Equal([field], refusal.Errors.Keys);
        Assert.Empty((await _grains.RunsAsync(team)).Runs);
    }

    [Fact]
    public async Task AConstructionChallengeHasNoCourseAndStoresNoRuns()
    {
        var challenge = await _grains.ChallengeAsync(sector: "construction", title: "Tuinhuis");
        var team = await _grains.TeamAsync(challenge.Id, "De Metselaars");

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.RunAsync(team, 12_000));
        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.RunsAsync(team));

        Assert.Contains("electro", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATeamOfAnotherChallengeCannotRecordOrSeeRunsThere()
    {
        var home = await _grains.ChallengeAsync();
        var other = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(home.Id);
        var log = _grains.GetGrain<ICourseRunLogGrain>(team.Id);

        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => log.RecordAsync(other.Id, new(12_000, true, null), null));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => log.GetOverviewAsync(other.Id));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => _grains.GetGrain<ICourseRunLogGrain>(Guid.NewGuid()).GetOverviewAsync(home.Id));

        Assert.Empty((await log.GetOverviewAsync(home.Id)).Runs);
    }
}
