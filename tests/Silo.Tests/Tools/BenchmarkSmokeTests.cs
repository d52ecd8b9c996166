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
    public void OptionsRefuseMorePupilsPerTeamThanATeamHolds()
    {
        var options = new BenchmarkOptions { Url = silo.BaseAddress, Challenges = 1, TeamsPerChallenge = 1, Rate = 10, Duration = TimeSpan.FromSeconds(20) };

        Assert.Contains("pupils per team", options.Problem(), StringComparison.Ordinal);
        Assert.Null((options with { TeamsPerChallenge = 5 }).Problem());
    }
}
