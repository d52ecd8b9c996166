namespace ChallengeHub.Benchmark;

/// <summary>One benchmark run against a running ChallengeHub, through its public HTTP API and hub only.</summary>
public static class LoadRun
{
    /// <summary>Sets up challenges and watchers, sends milestones for warm-up plus duration, waits for the deltas, and measures.</summary>
    public static async Task<BenchmarkResult> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", options.Token ?? await Setup.IssueTokenAsync(http, options, cancellationToken));
        var challenges = await Setup.CreateChallengesAsync(http, options, cancellationToken);
        var watchedChallenges = Enumerable.Range(0, options.Watchers).Select(i => challenges[i % challenges.Count].Id).ToArray();
        var deliveries = new Deliveries(watchedChallenges.CountBy(id => id).ToDictionary());
        var watchers = new List<Watcher>();
        try
        {
            foreach (var challengeId in watchedChallenges)
            {
                watchers.Add(await Watcher.StartAsync(options.Url, challengeId, deliveries, cancellationToken));
            }

            var tablets = await new Tablets(http, options, challenges, deliveries).RunAsync(cancellationToken);
            deliveries.SendingDone();
            var drained = await Task.WhenAny(deliveries.AllArrived, Task.Delay(options.Drain, cancellationToken)) == deliveries.AllArrived;
            var watcherFigures = watchers
                .Select(w => WatcherFigures.From(w.Log(), deliveries.AcknowledgedIn(w.ChallengeId)))
                .ToArray();
            var storage = options.Storage is null ? null : await StorageBaseline.MeasureAsync(options.Storage, options.StorageDuration, cancellationToken);
            return new BenchmarkResult(options, tablets, LatencyFigures.From(deliveries.Latencies()), watcherFigures, drained, storage);
        }
        finally
        {
            await Task.WhenAll(watchers.Select(w => w.DisposeAsync().AsTask()));
        }
    }
}
