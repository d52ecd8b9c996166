using ChallengeHub.Benchmark;

namespace ChallengeHub.Silo.Tests.Tools;

/// <summary>A few seconds of the load generator at tiny sizes, so the tool keeps working as the API evolves.</summary>
public sealed class BenchmarkSmokeTests(SiloFixture silo)
{
    [Fact]
    public async Task LoadGeneratorLogsMilestonesThatReachEveryWatcherOnceAndInOrder()
    {
        var options = new BenchmarkOptions
        {
            Url = silo.BaseAddress,
            Token = silo.OrganiserToken,
            Challenges = 1,
            TeamsPerChallenge = 2,
            Watchers = 3,
            Rate = 5,
            Duration = TimeSpan.FromSeconds(2),
            Warmup = TimeSpan.Zero,
        };

        var result = await LoadRun.RunAsync(options, TestContext.Current.CancellationToken);

        Assert.Equal(10, result.Tablets.Scheduled);
        Assert.Equal(10, result.Tablets.Acknowledged);
        Assert.Equal(0, result.Tablets.Errors);
        Assert.True(result.Drained, "Not every acknowledged milestone reached every watcher within the drain time.");
        Assert.Equal(10, result.Latency.Samples);
        Assert.Equal(3, result.Watchers.Count);
        Assert.All(result.Watchers, w => Assert.Equal(new WatcherFigures(w.Received, 0, 0, 0, 0), w));
        Assert.All(result.Watchers, w => Assert.InRange(w.Received, 10, 12));
        Assert.InRange(result.Latency.Max, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(10));
        Assert.True(result.Succeeded, result.Format());
    }
}
