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

/// <summary>What one target (ChallengeHub or the bare baseline) did under the run's load.</summary>
public sealed record RunFigures(TabletFigures Tablets, LatencyFigures Latency, IReadOnlyList<WatcherFigures> Watchers, bool Drained)
{
    public int MissingDeltas => Watchers.Sum(w => w.Missing + w.Undelivered);
    public int DuplicatedDeltas => Watchers.Sum(w => w.Duplicated);
    public int OutOfOrderDeltas => Watchers.Sum(w => w.OutOfOrder);

    /// <summary>WebSocket payload bytes all watchers received after their snapshots (deltas, and the hub's pings).</summary>
    public long ReceivedBytes { get; init; }

    /// <summary>The bytes one watcher received per delta, on average.</summary>
    public double BytesPerDelta => Watchers.Sum(w => w.Received) is > 0 and var received ? (double)ReceivedBytes / received : 0;

    /// <summary>True when no POST failed and every watcher saw every delta exactly once, in order.</summary>
    public bool Succeeded => Tablets.Errors == 0 && Tablets.OrderErrors == 0 && Watchers.All(w => w.IsClean);
}

/// <summary>A run's figures: ChallengeHub, the bare baseline when asked, the raw storage write rate and the Silo's memory when asked.</summary>
public sealed record BenchmarkResult(
    BenchmarkOptions Options,
    RunFigures ChallengeHub,
    RunFigures? Baseline,
    StorageFigures? Storage,
    MemoryFigures? Memory)
{
    /// <summary>The bare app's CPU, measured in a process of its own when the Silo's is measured; null otherwise.</summary>
    public MemoryFigures? BaselineMemory { get; init; }

    /// <summary>The further silos' memory and CPU (<c>--silo-pid</c> given again), in the order of their pids.</summary>
    public IReadOnlyList<MemoryFigures> OtherSilos { get; init; } = [];

    /// <summary>Every measured silo, the first being <see cref="Memory"/>.</summary>
    public IReadOnlyList<MemoryFigures> SiloMemories => Memory is { } first ? [first, .. OtherSilos] : [];

    /// <summary>The silos' CPU per acknowledged milestone, summed over every measured silo; null when CPU was not measured.</summary>
    public double? SiloCpuPerMilestone => SiloMemories.Count > 0 && SiloMemories.All(m => m.Cpu is not null)
        ? SiloMemories.Sum(m => m.Cpu!.MillisecondsPerMilestone(m.Cpu.Silo))
        : null;

    /// <summary>True when both targets succeeded and no storage write failed.</summary>
    public bool Succeeded => ChallengeHub.Succeeded && (Baseline?.Succeeded ?? true) && (Storage?.Errors ?? 0) == 0;

    public string Format()
    {
        var table = new StringBuilder();
        var runs = Baseline is { } baseline ? new[] { ChallengeHub, baseline } : [ChallengeHub];
        void Row(string name, Func<RunFigures, FormattableString> value) =>
            table.Append(name.PadRight(46)).Append(' ').AppendLine(string.Join(" | ", runs.Select(r => value(r).ToString(CultureInfo.InvariantCulture).PadRight(34))).TrimEnd());
        void Line(string name, FormattableString value) => table.AppendLine(CultureInfo.InvariantCulture, $"{name,-46} {value.ToString(CultureInfo.InvariantCulture)}");

        Line("challenges x teams x pupils, watchers", $"{Options.Challenges} x {Options.TeamsPerChallenge} x {Options.PupilsPerTeamPlanned}, {Options.Watchers} ({Options.Protocol})");
        if (Options.OtherUrls.Count > 0)
        {
            Line("silos (tablets and watchers round-robin)", $"{string.Join(", ", Options.Urls)}");
        }

        Line("target rate (+ orders), duration (+ warm-up)", $"{Options.Rate:F1}/s (+ {Options.OrderRate:F1}/s), {Options.Duration.TotalSeconds:F0} s (+ {Options.Warmup.TotalSeconds:F0} s)");
        if (runs.Length > 1)
        {
            Line(string.Empty, $"{"ChallengeHub",-34} | bare SignalR baseline");
        }

        Row("milestones scheduled / acknowledged", r => $"{r.Tablets.Scheduled} / {r.Tablets.Acknowledged}");
        Row("orders scheduled / acknowledged", r => $"{r.Tablets.OrdersScheduled} / {r.Tablets.OrdersAcknowledged}");
        Row("achieved milestone rate after warm-up", r => $"{r.Tablets.AchievedRate:F1}/s");
        Row("HTTP errors (429s) / retries", r => $"{r.Tablets.Errors + r.Tablets.OrderErrors} ({r.Tablets.RateLimited}) / {r.Tablets.Retries}");
        Row("POST answered p50 / p95 / p99 / max", r => $"{Ms(r.Tablets.Acknowledgement.P50)} / {Ms(r.Tablets.Acknowledgement.P95)} / {Ms(r.Tablets.Acknowledgement.P99)} / {Ms(r.Tablets.Acknowledgement.Max)}");
        Row("latency samples (POST start -> last watcher)", r => $"{r.Latency.Samples}");
        Row("latency p50 / p95 / p99 / max", r => $"{Ms(r.Latency.P50)} / {Ms(r.Latency.P95)} / {Ms(r.Latency.P99)} / {Ms(r.Latency.Max)}");
        Row("deltas received (all watchers)", r => $"{r.Watchers.Sum(w => w.Received)}");
        Row("bytes received per delta per watcher", r => $"{r.BytesPerDelta:F0}");
        Row("missing / duplicated / out-of-order deltas", r => $"{r.MissingDeltas} / {r.DuplicatedDeltas} / {r.OutOfOrderDeltas}");
        Row("all deltas arrived within drain time", r => $"{(r.Drained ? "yes" : "no")}");
        if (Baseline is { } bare)
        {
            Line("p50 / p99 ratio ChallengeHub : baseline", $"{Ratio(ChallengeHub.Latency.P50, bare.Latency.P50)} / {Ratio(ChallengeHub.Latency.P99, bare.Latency.P99)}");
        }

        if (Memory is { } memory)
        {
            Line("Silo resident memory before / peak sampled", $"{Mb(memory.BeforeBytes)} / {Mb(memory.PeakSampledBytes)}");
            Line("Silo high-water mark since start (VmHWM)", $"{Mb(memory.HighWaterBytes)}");
            if (memory.Cpu is { } cpu)
            {
                Line("CPU while sending: Silo / Azurite / generator", $"{cpu.Silo.TotalSeconds:F1} s / {(cpu.Azurite is { } a ? $"{a.TotalSeconds:F1} s" : "-")} / {cpu.Generator.TotalSeconds:F1} s of {cpu.Elapsed.TotalSeconds:F1} s x {Environment.ProcessorCount} cores");
                Line("CPU per milestone: Silo / Azurite / generator", $"{cpu.MillisecondsPerMilestone(cpu.Silo):F2} ms / {(cpu.Azurite is { } a2 ? $"{cpu.MillisecondsPerMilestone(a2):F2} ms" : "-")} / {cpu.MillisecondsPerMilestone(cpu.Generator):F2} ms");
            }

            if (memory.TableWrites is { } writes && memory.Cpu is { Milestones: > 0 } counted)
            {
                Line("table writes per milestone (all tables)", $"{writes.Values.Sum() / (double)counted.Milestones:F2} ({string.Join(", ", writes.Where(w => w.Value > 0).OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key} {w.Value}"))})");
            }
        }

        if (SiloMemories.Count > 1)
        {
            for (var i = 0; i < SiloMemories.Count; i++)
            {
                var silo = SiloMemories[i];
                Line($"silo {i + 1} (pid {Options.SiloPids[i]}): peak memory, CPU/milestone", $"{Mb(silo.PeakSampledBytes)}, {(silo.Cpu is { } c ? $"{c.MillisecondsPerMilestone(c.Silo):F2} ms" : "-")}");
            }

            Line("CPU per milestone, silos summed", $"{(SiloCpuPerMilestone is { } sum ? $"{sum:F2} ms" : "-")}");
        }

        if (BaselineMemory?.Cpu is { } bareCpu)
        {
            Line("CPU while sending: bare app / generator", $"{bareCpu.Silo.TotalSeconds:F1} s / {bareCpu.Generator.TotalSeconds:F1} s of {bareCpu.Elapsed.TotalSeconds:F1} s");
            Line("CPU per milestone: bare app / generator", $"{bareCpu.MillisecondsPerMilestone(bareCpu.Silo):F2} ms / {bareCpu.MillisecondsPerMilestone(bareCpu.Generator):F2} ms");
            if (Memory?.Cpu is { } hubCpu)
            {
                var hubMs = hubCpu.MillisecondsPerMilestone(hubCpu.Silo) + (hubCpu.Azurite is { } az ? hubCpu.MillisecondsPerMilestone(az) : 0);
                Line("(Silo + Azurite) : bare app, CPU per milestone", $"{(bareCpu.MillisecondsPerMilestone(bareCpu.Silo) > 0 ? hubMs / bareCpu.MillisecondsPerMilestone(bareCpu.Silo) : 0):F1}x");
            }
        }

        if (Storage is { } storage)
        {
            Line("raw table upserts (16 writers)", $"{storage.WriteRate:F0}/s ({storage.Writes} in {storage.Elapsed.TotalSeconds:F1} s, {storage.Errors} errors)");
            Line("milestone rate / raw write rate", $"{(storage.WriteRate > 0 ? ChallengeHub.Tablets.AchievedRate / storage.WriteRate : 0):P1}");
        }

        Line("result", $"{(Succeeded ? "OK" : "FAILED")}");
        return table.ToString();
    }

    public static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms";

    public static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) + " MB";

    private static string Ratio(TimeSpan value, TimeSpan baseline) =>
        baseline > TimeSpan.Zero ? (value / baseline).ToString("F1", CultureInfo.InvariantCulture) + "x" : "-";
}
