using ChallengeHub.Benchmark;

namespace ChallengeHub.Silo.Tests.Tools;

/// <summary>A few seconds of the load generator at tiny sizes, so the tool keeps working as the API evolves.</summary>
public sealed class BenchmarkSmokeTests(SiloFixture silo)
{
    [Fact]
    public async Task PupilsLogMilestonesAndOrdersThatReachEveryWatcherOnceAndInOrderOnChallengeHubAndTheBaseline()
    {
        var options = new BenchmarkOptions
        {
            Url = silo.BaseAddress,
            Token = silo.OrganiserToken,
            Challenges = 1,
            TeamsPerChallenge = 2,
            PupilsPerTeam = 2,
            CreationsPerMinute = 100_000,
            Watchers = 3,
            Rate = 5,
            OrderRate = 2,
            Duration = TimeSpan.FromSeconds(2),
            Warmup = TimeSpan.Zero,
            Baseline = true,
        };

        var result = await LoadRun.RunAsync(options, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Format());
        Assert.NotNull(result.Baseline);
        foreach (var run in new[] { result.ChallengeHub, result.Baseline })
        {
            Assert.Equal(10, run.Tablets.Scheduled);
            Assert.Equal(10, run.Tablets.Acknowledged);
            Assert.Equal(4, run.Tablets.OrdersAcknowledged);
            Assert.Equal(0, run.Tablets.Errors);
            Assert.True(run.Drained, "Not every acknowledged milestone reached every watcher within the drain time.");
            Assert.Equal(10, run.Latency.Samples);
            Assert.Equal(3, run.Watchers.Count);
            Assert.All(run.Watchers, w => Assert.Equal(new WatcherFigures(w.Received, 0, 0, 0, 0), w));
            Assert.All(run.Watchers, w => Assert.InRange(w.Received, 10, 12));
            Assert.InRange(run.Latency.Max, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public async Task ARateSweepRunsEachStepOnFreshChallengesInMessagePackAndNamesTheHighestThatMetTheCriteria()
    {
        var options = new BenchmarkOptions
        {
            Url = silo.BaseAddress,
            Token = silo.OrganiserToken,
            Challenges = 1,
            TeamsPerChallenge = 1,
            PupilsPerTeam = 2,
            CreationsPerMinute = 100_000,
            Watchers = 2,
            Duration = TimeSpan.FromSeconds(1),
            Warmup = TimeSpan.Zero,
            Protocol = WatcherProtocol.MessagePack,
            Sweep = new SweepPlan(SweepKind.Rate, 4, 4, 8) { P99Limit = TimeSpan.FromSeconds(10) },
        };
        var lines = new List<string>();

        var sweep = await SweepRun.RunAsync(options, lines.Add, TestContext.Current.CancellationToken);

        Assert.Equal([4.0, 8.0], sweep.Steps.Select(s => s.Value));
        Assert.All(sweep.Steps, step =>
        {
            Assert.True(step.Result?.Succeeded, step.Error ?? step.Result!.Format());
            Assert.Equal((int)step.Value, step.Result!.ChallengeHub.Tablets.Acknowledged);
            Assert.InRange(step.Result.ChallengeHub.BytesPerDelta, 1, 10_000);
        });
        Assert.Equal(3, lines.Count);
        Assert.Equal(sweep.Conclusion, sweep.Format().TrimEnd().Split(Environment.NewLine)[^1]);
        Assert.Equal(sweep.Steps.LastOrDefault(s => s.Met)?.Value, sweep.Highest?.Value);
    }

    [Fact]
    public void ASweepGivesEachStepEnoughTeamsToStayWithinTheMilestoneAndMemberCaps()
    {
        var options = BenchmarkOptions.Parse(
            ["--url", "http://127.0.0.1:5081", "--url", "http://127.0.0.1:5082", "--silo-pid", "11", "--silo-pid", "12", "--protocol", "messagepack",
             "--challenges", "20", "--teams-per-challenge", "5", "--watchers", "200", "--duration", "30", "--warmup", "5",
             "--sweep", "rate", "--from", "200", "--step", "100", "--to", "600"]);

        Assert.Null(options.Problem());
        Assert.Equal([11, 12], options.SiloPids);
        Assert.Equal(WatcherProtocol.MessagePack, options.Protocol);
        Assert.Equal([200.0, 300, 400, 500, 600], options.Sweep!.Values());
        Assert.Equal(TimeSpan.FromMilliseconds(150), options.Sweep.P99Limit);
        Assert.Equal(5, SweepRun.StepOptions(options, 200).TeamsPerChallenge);
        var highest = SweepRun.StepOptions(options, 600);
        Assert.Equal((600.0, 7), (highest.Rate, highest.TeamsPerChallenge));
        Assert.Null(highest.Problem());
        Assert.Contains("pupils per team", (highest with { TeamsPerChallenge = 5 }).Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsRefuseMorePupilsPerTeamThanATeamHolds()
    {
        var options = new BenchmarkOptions { Url = silo.BaseAddress, Challenges = 1, TeamsPerChallenge = 1, Rate = 10, Duration = TimeSpan.FromSeconds(20) };

        Assert.Contains("pupils per team", options.Problem(), StringComparison.Ordinal);
        Assert.Null((options with { TeamsPerChallenge = 5 }).Problem());
    }
}
