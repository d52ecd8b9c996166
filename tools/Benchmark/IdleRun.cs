using System.Globalization;
using System.Text;

namespace ChallengeHub.Benchmark;

/// <summary>Idle clients: how many hub connections watched, and the Silo's resident memory before they connected and after.</summary>
public sealed record IdleResult(BenchmarkOptions Options, int Connected, int Failed, TimeSpan ConnectTime, MemoryFigures? Memory)
{
    public bool Succeeded => Failed == 0 && Connected == Options.IdleClients;

    public string Format()
    {
        var table = new StringBuilder();
        void Line(string name, FormattableString value) => table.AppendLine(CultureInfo.InvariantCulture, $"{name,-46} {value.ToString(CultureInfo.InvariantCulture)}");
        Line("idle clients over challenges", $"{Options.IdleClients} over {Options.Challenges}");
        Line("connected and watching / failed", $"{Connected} / {Failed} (in {Options.IdleTime.TotalSeconds:F0} s idle after {ConnectTime.TotalSeconds:F1} s connecting)");
        if (Memory is { } memory)
        {
            Line("Silo resident memory before / with idle clients", $"{BenchmarkResult.Mb(memory.BeforeBytes)} / {BenchmarkResult.Mb(memory.PeakSampledBytes)}");
            Line("Silo high-water mark since start (VmHWM)", $"{BenchmarkResult.Mb(memory.HighWaterBytes)}");
        }

        Line("result", $"{(Succeeded ? "OK" : "FAILED")}");
        return table.ToString();
    }
}

/// <summary>Connects <see cref="BenchmarkOptions.IdleClients"/> hub connections that watch a challenge each and then do nothing.</summary>
public static class IdleRun
{
    private const int ConnectingAtOnce = 32;

    public static async Task<IdleResult> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", options.Token ?? await Setup.IssueTokenAsync(http, options, cancellationToken));
        var challenges = await Setup.CreateChallengesAsync(http, options with { PupilsPerTeam = 1 }, cancellationToken);
        foreach (var pupil in challenges.SelectMany(c => c.Teams).SelectMany(t => t.Pupils))
        {
            pupil.Http.Dispose();
        }

        var deliveries = new Deliveries(new Dictionary<Guid, int>());
        var watchers = new Watcher?[options.IdleClients];
        var failed = 0;
        await using var sampler = SiloMemory.Start(options.SiloPid);
        var start = TimeProvider.System.GetTimestamp();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, options.IdleClients),
                new ParallelOptions { MaxDegreeOfParallelism = ConnectingAtOnce, CancellationToken = cancellationToken },
                async (i, token) =>
                {
                    try
                    {
                        watchers[i] = await Watcher.StartAsync(options.Urls[i % options.Urls.Count], challenges[i % challenges.Count].Id, deliveries, options.Protocol, token);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException or TimeoutException)
                    {
                        Interlocked.Increment(ref failed);
                    }
                });
            var connectTime = TimeProvider.System.GetElapsedTime(start);
            await Task.Delay(options.IdleTime, cancellationToken);
            var memory = sampler is null ? null : await sampler.StopAsync();
            return new IdleResult(options, watchers.Count(w => w is not null), failed, connectTime, memory);
        }
        finally
        {
            await Task.WhenAll(watchers.OfType<Watcher>().Select(w => w.DisposeAsync().AsTask()));
        }
    }
}
