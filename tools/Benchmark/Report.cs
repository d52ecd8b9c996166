using System.Globalization;
using System.Text;

namespace ChallengeHub.Benchmark;

/// <summary>Sequence integrity of one watcher, counting only deltas after its snapshot; every figure must be zero.</summary>
public sealed record WatcherFigures(int Received, int Missing, int Duplicated, int OutOfOrder, int Undelivered)
{
    public bool IsClean => Missing == 0 && Duplicated == 0 && OutOfOrder == 0 && Undelivered == 0;

    /// <summary>
    /// <see cref="Missing"/>: gaps below the highest sequence seen; <see cref="Undelivered"/>: acknowledged milestones of the
    /// challenge that never arrived (a lost tail leaves no gap).
    /// </summary>
    public static WatcherFigures From(WatcherLog log, IReadOnlyList<Guid> acknowledged)
    {
        var seen = new HashSet<long>();
        var highest = log.SnapshotSequence;
        int duplicated = 0, outOfOrder = 0;
        foreach (var sequence in log.Sequences.Where(s => s > log.SnapshotSequence))
        {
            if (!seen.Add(sequence))
            {
                duplicated++;
            }
            else if (sequence < highest)
            {
                outOfOrder++;
            }

            highest = Math.Max(highest, sequence);
        }

        var missing = (int)(highest - log.SnapshotSequence) - seen.Count;
        var undelivered = acknowledged.Count(id => !log.MilestoneIds.Contains(id));
        return new WatcherFigures(seen.Count, missing, duplicated, outOfOrder, undelivered);
    }
}

/// <summary>End-to-end latency, from the start of a milestone POST until the last watcher of its challenge had the delta.</summary>
public sealed record LatencyFigures(int Samples, TimeSpan P50, TimeSpan P95, TimeSpan P99, TimeSpan Max)
{
    public static LatencyFigures From(IReadOnlyList<TimeSpan> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0
            ? new LatencyFigures(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero)
            : new LatencyFigures(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1]);

        TimeSpan At(double quantile) => sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
    }
}

public sealed record BenchmarkResult(
    BenchmarkOptions Options,
    TabletFigures Tablets,
    LatencyFigures Latency,
    IReadOnlyList<WatcherFigures> Watchers,
    bool Drained,
    StorageFigures? Storage)
{
    public int MissingDeltas => Watchers.Sum(w => w.Missing + w.Undelivered);
    public int DuplicatedDeltas => Watchers.Sum(w => w.Duplicated);
    public int OutOfOrderDeltas => Watchers.Sum(w => w.OutOfOrder);

    /// <summary>True when no POST failed, no storage write failed and every watcher saw every delta exactly once, in order.</summary>
    public bool Succeeded => Tablets.Errors == 0 && Watchers.All(w => w.IsClean) && (Storage?.Errors ?? 0) == 0;

    public string Format()
    {
        var table = new StringBuilder();
        void Row(string name, FormattableString value) => table.AppendLine(CultureInfo.InvariantCulture, $"{name,-46} {value.ToString(CultureInfo.InvariantCulture)}");
        static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms";

        Row("challenges x teams, watchers", $"{Options.Challenges} x {Options.TeamsPerChallenge}, {Options.Watchers}");
        Row("target rate, duration (+ warm-up)", $"{Options.Rate:F1}/s, {Options.Duration.TotalSeconds:F0} s (+ {Options.Warmup.TotalSeconds:F0} s)");
        Row("milestones scheduled / acknowledged", $"{Tablets.Scheduled} / {Tablets.Acknowledged}");
        Row("achieved rate after warm-up", $"{Tablets.AchievedRate:F1}/s");
        Row("HTTP errors (after retries) / retries", $"{Tablets.Errors} / {Tablets.Retries}");
        Row("latency samples (POST start -> last watcher)", $"{Latency.Samples}");
        Row("latency p50 / p95 / p99 / max", $"{Ms(Latency.P50)} / {Ms(Latency.P95)} / {Ms(Latency.P99)} / {Ms(Latency.Max)}");
        Row("deltas received (all watchers)", $"{Watchers.Sum(w => w.Received)}");
        Row("missing / duplicated / out-of-order deltas", $"{MissingDeltas} / {DuplicatedDeltas} / {OutOfOrderDeltas}");
        Row("all deltas arrived within drain time", $"{(Drained ? "yes" : "no")}");
        if (Storage is { } storage)
        {
            Row("raw table upserts (16 writers)", $"{storage.WriteRate:F0}/s ({storage.Writes} in {storage.Elapsed.TotalSeconds:F1} s, {storage.Errors} errors)");
            Row("this run's milestone rate / raw write rate", $"{(storage.WriteRate > 0 ? Tablets.AchievedRate / storage.WriteRate : 0):P1}");
        }

        Row("result", $"{(Succeeded ? "OK" : "FAILED")}");
        return table.ToString();
    }
}
