namespace ChallengeHub.Benchmark;

/// <summary>One benchmark run against a running ChallengeHub, through its public HTTP API and hub only; and the same load on the baseline.</summary>
public static class LoadRun
{
    /// <summary>How many watchers connect at once; thousands of them one after the other would take most of a step.</summary>
    private const int ConnectingAtOnce = 32;

    /// <summary>
    /// Sets up challenges, pupils and watchers, sends milestones (and orders) for warm-up plus duration, waits for the deltas,
    /// and measures; then, when asked, the same against the bare baseline and the raw storage write rate. With several silos,
    /// tablets and watchers are spread round-robin over them and each silo given a pid is measured.
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
        MemoryFigures[] silos;
        var samplers = options.SiloPids.Select(pid => SiloMemory.Start(pid)!).ToArray();
        try
        {
            hub = await MeasureAsync(options, options.Urls, challenges, samplers, cancellationToken);
            silos = await Task.WhenAll(samplers.Select(s => s.StopAsync()));
        }
        finally
        {
            foreach (var sampler in samplers)
            {
                await sampler.DisposeAsync();
            }
        }

        RunFigures? baseline = null;
        MemoryFigures? baselineMemory = null;
        if (options.Baseline && options.SiloPid is null)
        {
            await using var bare = await BareServer.StartAsync(cancellationToken);
            baseline = await MeasureAsync(options, [bare.Url], BareServer.CreateChallenges(bare.Url, options), [], cancellationToken);
        }
        else if (options.Baseline)
        {
            // Measuring the Silo's CPU: the bare app runs in a process of its own, so that its CPU is measured the same way.
            await using var bare = await BareProcess.StartAsync(cancellationToken);
            await using var sampler = SiloMemory.Start(bare.Pid);
            baseline = await MeasureAsync(options, [bare.Url], BareServer.CreateChallenges(bare.Url, options), [sampler!], cancellationToken);
            baselineMemory = await sampler!.StopAsync();
        }

        var storage = options.Storage is null ? null : await StorageBaseline.MeasureAsync(options.Storage, options.StorageDuration, cancellationToken);
        return new BenchmarkResult(options, hub, baseline, storage, silos.FirstOrDefault()) { BaselineMemory = baselineMemory, OtherSilos = [.. silos.Skip(1)] };
    }

    /// <summary>
    /// Connects the watchers (round-robin over <paramref name="urls"/>), lets the tablets send, waits up to the drain time for
    /// every delta, and checks what each watcher saw.
    /// </summary>
    private static async Task<RunFigures> MeasureAsync(
        BenchmarkOptions options, IReadOnlyList<Uri> urls, IReadOnlyList<BenchChallenge> challenges, SiloMemory[] samplers, CancellationToken cancellationToken)
    {
        var watchedChallenges = Enumerable.Range(0, options.Watchers).Select(i => challenges[i % challenges.Count].Id).ToArray();
        var deliveries = new Deliveries(watchedChallenges.CountBy(id => id).ToDictionary());
        var watchers = new Watcher?[options.Watchers];
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, options.Watchers),
                new ParallelOptions { MaxDegreeOfParallelism = ConnectingAtOnce, CancellationToken = cancellationToken },
                async (i, token) => watchers[i] = await Watcher.StartAsync(urls[i % urls.Count], watchedChallenges[i], deliveries, options.Protocol, token));

            var writesBefore = samplers.Length == 0 ? null : await TableWrites.ReadAsync(urls, cancellationToken);
            foreach (var sampler in samplers)
            {
                sampler.LoadStarting();
            }

            var tablets = await new Tablets(options, challenges, deliveries).RunAsync(cancellationToken);
            foreach (var sampler in samplers)
            {
                sampler.LoadDone(tablets.Acknowledged);
            }

            if (samplers.Length > 0)
            {
                // Each silo counts its own table writes; the first sampler carries the cluster's sum.
                samplers[0].TableWrites(TableWrites.Since(writesBefore, await TableWrites.ReadAsync(urls, cancellationToken)));
            }

            deliveries.SendingDone();
            var drained = await Task.WhenAny(deliveries.AllArrived, Task.Delay(options.Drain, cancellationToken)) == deliveries.AllArrived;
            var logs = watchers.Select(w => w!.Log()).ToArray();
            var watcherFigures = logs.Select(log => WatcherFigures.From(log, deliveries.AcknowledgedIn(log.ChallengeId))).ToArray();
            return new RunFigures(tablets, LatencyFigures.From(deliveries.Latencies()), watcherFigures, drained) { ReceivedBytes = logs.Sum(l => l.BytesAfterSnapshot) };
        }
        finally
        {
            await Task.WhenAll(watchers.OfType<Watcher>().Select(w => w.DisposeAsync().AsTask()));
            foreach (var pupil in challenges.SelectMany(c => c.Teams).SelectMany(t => t.Pupils))
            {
                pupil.Http.Dispose();
            }
        }
    }
}
