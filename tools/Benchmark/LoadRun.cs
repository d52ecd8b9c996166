namespace ChallengeHub.Benchmark;

/// <summary>One benchmark run against a running ChallengeHub, through its public HTTP API and hub only; and the same load on the baseline.</summary>
public static class LoadRun
{
    /// <summary>
    /// Sets up challenges, pupils and watchers, sends milestones (and orders) for warm-up plus duration, waits for the deltas,
    /// and measures; then, when asked, the same against the bare baseline and the raw storage write rate.
    /// </summary>
    public static async Task<BenchmarkResult> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", options.Token ?? await Setup.IssueTokenAsync(http, options, cancellationToken));
        var challenges = await Setup.CreateChallengesAsync(http, options, cancellationToken);
        RunFigures hub;
        MemoryFigures? memory;
        await using (var sampler = SiloMemory.Start(options.SiloPid))
        {
            hub = await MeasureAsync(options, options.Url, challenges, sampler, cancellationToken);
            memory = sampler is null ? null : await sampler.StopAsync();
        }

        RunFigures? baseline = null;
        MemoryFigures? baselineMemory = null;
        if (options.Baseline && options.SiloPid is null)
        {
            await using var bare = await BareServer.StartAsync(cancellationToken);
            baseline = await MeasureAsync(options, bare.Url, BareServer.CreateChallenges(bare.Url, options), null, cancellationToken);
        }
        else if (options.Baseline)
        {
            // Measuring the Silo's CPU: the bare app runs in a process of its own, so that its CPU is measured the same way.
            await using var bare = await BareProcess.StartAsync(cancellationToken);
            await using var sampler = SiloMemory.Start(bare.Pid);
            baseline = await MeasureAsync(options, bare.Url, BareServer.CreateChallenges(bare.Url, options), sampler, cancellationToken);
            baselineMemory = await sampler!.StopAsync();
        }

        var storage = options.Storage is null ? null : await StorageBaseline.MeasureAsync(options.Storage, options.StorageDuration, cancellationToken);
        return new BenchmarkResult(options, hub, baseline, storage, memory) { BaselineMemory = baselineMemory };
    }

    /// <summary>Connects the watchers, lets the tablets send, waits up to the drain time for every delta, and checks what each watcher saw.</summary>
    private static async Task<RunFigures> MeasureAsync(BenchmarkOptions options, Uri url, IReadOnlyList<BenchChallenge> challenges, SiloMemory? sampler, CancellationToken cancellationToken)
    {
        var watchedChallenges = Enumerable.Range(0, options.Watchers).Select(i => challenges[i % challenges.Count].Id).ToArray();
        var deliveries = new Deliveries(watchedChallenges.CountBy(id => id).ToDictionary());
        var watchers = new List<Watcher>();
        try
        {
            foreach (var challengeId in watchedChallenges)
            {
                watchers.Add(await Watcher.StartAsync(url, challengeId, deliveries, cancellationToken));
            }

            var writesBefore = sampler is null ? null : await TableWrites.ReadAsync(url, cancellationToken);
            sampler?.LoadStarting();
            var tablets = await new Tablets(options, challenges, deliveries).RunAsync(cancellationToken);
            sampler?.LoadDone(tablets.Acknowledged);
            sampler?.TableWrites(TableWrites.Since(writesBefore, sampler is null ? null : await TableWrites.ReadAsync(url, cancellationToken)));
            deliveries.SendingDone();
            var drained = await Task.WhenAny(deliveries.AllArrived, Task.Delay(options.Drain, cancellationToken)) == deliveries.AllArrived;
            var watcherFigures = watchers
                .Select(w => WatcherFigures.From(w.Log(), deliveries.AcknowledgedIn(w.ChallengeId)))
                .ToArray();
            return new RunFigures(tablets, LatencyFigures.From(deliveries.Latencies()), watcherFigures, drained);
        }
        finally
        {
            await Task.WhenAll(watchers.Select(w => w.DisposeAsync().AsTask()));
            foreach (var pupil in challenges.SelectMany(c => c.Teams).SelectMany(t => t.Pupils))
            {
                pupil.Http.Dispose();
            }
        }
    }
}
