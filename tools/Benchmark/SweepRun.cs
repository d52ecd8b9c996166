using System.Globalization;
using System.Net.WebSockets;
using System.Text;

namespace ChallengeHub.Benchmark;

/// <summary>What a sweep raises from step to step.</summary>
public enum SweepKind
{
    /// <summary>Milestones per second, at the run's watchers (target 4: p99 within the limit at the rate asked).</summary>
    Rate,

    /// <summary>Connected watchers, at the run's rate (target 5: p99 and every silo's peak memory within the limits).</summary>
    Watchers,
}

/// <summary>
/// <c>--sweep rate|watchers --from A --step S --to B [--p99-limit-ms L] [--memory-limit-mb M]</c>: the load run once per value
/// from A to B. A step meets the criteria when it succeeded (no failed POST, no missing, doubled or out-of-order delta, all
/// arrived), its end-to-end p99 is within L (150 ms for rate, 1,000 ms for watchers), a rate step achieved at least 95 % of its
/// rate, and in a watchers sweep every measured silo's peak resident memory stayed within M (2,048 MB).
/// </summary>
public sealed record SweepPlan(SweepKind Kind, double From, double Step, double To)
{
    public TimeSpan P99Limit { get; init; } = TimeSpan.FromMilliseconds(150);

    public long MemoryLimitBytes { get; init; } = 2048L * 1048576;

    /// <summary>A rate step must achieve at least this share of its rate to count as sustained.</summary>
    public const double SustainedShare = 0.95;

    public IEnumerable<double> Values()
    {
        for (var i = 0; From + i * Step <= To + Step / 1000; i++)
        {
            yield return From + i * Step;
        }
    }

    public string? Problem() =>
        From > 0 && Step > 0 && To >= From && P99Limit > TimeSpan.Zero && MemoryLimitBytes > 0
            ? null
            : "--from, --step, --to, --p99-limit-ms and --memory-limit-mb must be positive, with --to at least --from.";

    /// <summary>Reads the sweep's kind and its options through <paramref name="number"/>, which answers NaN for an option not given.</summary>
    public static SweepPlan Parse(string kind, Func<string, double> number)
    {
        var sweepKind = kind switch
        {
            "rate" => SweepKind.Rate,
            "watchers" => SweepKind.Watchers,
            _ => throw new ArgumentException($"--sweep must be rate or watchers, not '{kind}'."),
        };
        var p99 = number("p99-limit-ms");
        var memory = number("memory-limit-mb");
        return new SweepPlan(sweepKind, Required("from"), Required("step"), Required("to"))
        {
            P99Limit = TimeSpan.FromMilliseconds(double.IsNaN(p99) ? sweepKind == SweepKind.Rate ? 150 : 1000 : p99),
            MemoryLimitBytes = (long)((double.IsNaN(memory) ? 2048 : memory) * 1048576),
        };

        double Required(string name) => number(name) is var value && !double.IsNaN(value) ? value : throw new ArgumentException($"--sweep needs --{name}.");
    }
}

/// <summary>One step of a sweep: its value and options, and the run's result or why it could not run.</summary>
public sealed record SweepStep(double Value, BenchmarkOptions Options, BenchmarkResult? Result, string? Error, bool Met)
{
    public string Format()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Options.Rate,6:F0}/s {Options.Watchers,6} watchers  ");
        if (Result is not { ChallengeHub: var hub } result)
        {
            return text.Append("could not run: ").Append(Error).ToString();
        }

        var silos = result.SiloMemories;
        var cpu = silos.Count == 0 ? "-"
            : silos.Count == 1 ? Ms(silos[0])
            : $"{string.Join(" + ", silos.Select(Ms))} = {result.SiloCpuPerMilestone?.ToString("F2", CultureInfo.InvariantCulture) ?? "-"} ms";
        if (silos.Count > 0 && silos[0].Cpu is { Azurite: { } azurite } first)
        {
            cpu += $" (its Azurite {first.MillisecondsPerMilestone(azurite).ToString("F2", CultureInfo.InvariantCulture)} ms)";
        }

        var memory = silos.Count == 0 ? "-" : string.Join(" / ", silos.Select(m => BenchmarkResult.Mb(m.PeakSampledBytes)));
        text.Append(CultureInfo.InvariantCulture,
            $"achieved {hub.Tablets.AchievedRate:F1}/s  e2e p50 {BenchmarkResult.Ms(hub.Latency.P50)} p99 {BenchmarkResult.Ms(hub.Latency.P99)}  ");
        text.Append(CultureInfo.InvariantCulture,
            $"POST p99 {BenchmarkResult.Ms(hub.Tablets.Acknowledgement.P99)}  Silo CPU/milestone {cpu}  peak {memory}  ");
        text.Append(CultureInfo.InvariantCulture,
            $"{hub.BytesPerDelta:F0} B/delta  faults {hub.MissingDeltas}/{hub.DuplicatedDeltas}/{hub.OutOfOrderDeltas}, errors {hub.Tablets.Errors}{(hub.Drained ? "" : ", not drained")}  ");
        return text.Append(Met ? "met" : "NOT met").ToString();

        static string Ms(MemoryFigures silo) => silo.Cpu is { } c ? c.MillisecondsPerMilestone(c.Silo).ToString("F2", CultureInfo.InvariantCulture) + " ms" : "-";
    }
}

/// <summary>A sweep's steps and the highest that met the criteria.</summary>
public sealed record SweepResult(BenchmarkOptions Options, IReadOnlyList<SweepStep> Steps)
{
    public SweepStep? Highest => Steps.Where(s => s.Met).MaxBy(s => s.Value);

    public bool Succeeded => Highest is not null;

    public static string Header(BenchmarkOptions options)
    {
        var plan = options.Sweep!;
        var memory = plan.Kind == SweepKind.Watchers
            ? options.SiloPid is null ? ", memory not checked (no --silo-pid)" : $", every silo's peak memory ≤ {BenchmarkResult.Mb(plan.MemoryLimitBytes)}"
            : $", achieved ≥ {SweepPlan.SustainedShare:P0} of the rate";
        return string.Create(CultureInfo.InvariantCulture,
            $"sweep {plan.Kind.ToString().ToLowerInvariant()} {plan.From}..{plan.To} step {plan.Step} over {options.Urls.Count} silo(s), {options.Protocol}, " +
            $"{options.Duration.TotalSeconds:F0} s (+ {options.Warmup.TotalSeconds:F0} s) a step; criteria: no fault, e2e p99 ≤ {BenchmarkResult.Ms(plan.P99Limit)}{memory}");
    }

    public string Format()
    {
        var text = new StringBuilder().AppendLine(Header(Options));
        foreach (var step in Steps)
        {
            text.AppendLine(step.Format());
        }

        return text.AppendLine(Conclusion).ToString();
    }

    /// <summary>The sweep's answer: the highest step that met the criteria.</summary>
    public string Conclusion => Highest is { } highest
        ? string.Create(CultureInfo.InvariantCulture, $"highest step that met the criteria: {highest.Value}{(Options.Sweep!.Kind == SweepKind.Rate ? " milestones/s" : " watchers")}")
        : "no step met the criteria";
}

/// <summary>
/// The load run step by step against the running Silo(s), raising the rate or the watchers. Every step creates challenges of its
/// own, with enough teams that no team passes the milestone, order or member cap.
/// </summary>
public static class SweepRun
{
    public static async Task<SweepResult> RunAsync(BenchmarkOptions options, Action<string>? progress, CancellationToken cancellationToken)
    {
        var plan = options.Sweep ?? throw new ArgumentException("A sweep needs --sweep.", nameof(options));
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        progress?.Invoke(SweepResult.Header(options));
        var steps = new List<SweepStep>();
        foreach (var value in plan.Values())
        {
            var stepOptions = StepOptions(options, value);
            SweepStep step;
            try
            {
                var result = await LoadRun.RunAsync(stepOptions, cancellationToken);
                step = new SweepStep(value, stepOptions, result, null, Meets(plan, stepOptions, result));
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                && exception is HttpRequestException or InvalidOperationException or IOException or TimeoutException or WebSocketException or OperationCanceledException)
            {
                step = new SweepStep(value, stepOptions, null, exception.Message, false);
            }

            steps.Add(step);
            progress?.Invoke(step.Format());
        }

        return new SweepResult(options, steps);
    }

    /// <summary>The options of the step at <paramref name="value"/>: the rate or watchers set, and teams raised to stay within every cap.</summary>
    public static BenchmarkOptions StepOptions(BenchmarkOptions options, double value)
    {
        var step = options.Sweep!.Kind == SweepKind.Rate
            ? options with { Sweep = null, Rate = value }
            : options with { Sweep = null, Watchers = (int)value };
        var seconds = (step.Warmup + step.Duration).TotalSeconds;
        var forMilestones = Math.Ceiling(seconds * step.Rate / BenchmarkOptions.MilestonesPerTeamCap);
        var forOrders = Math.Ceiling(seconds * step.OrderRate / BenchmarkOptions.OrdersPerTeamCap);
        var forPupils = step.PupilsPerTeam > 0 ? 0
            : Math.Ceiling((step.Rate + step.OrderRate) * 60 / (step.CreationsPerMinute * 0.75 * BenchmarkOptions.MembersPerTeamCap));
        var teams = Math.Max(Math.Max(forMilestones, forOrders), forPupils);
        return step with { TeamsPerChallenge = Math.Max(step.TeamsPerChallenge, (int)Math.Ceiling(teams / step.Challenges)) };
    }

    private static bool Meets(SweepPlan plan, BenchmarkOptions step, BenchmarkResult result) =>
        result.ChallengeHub is { Succeeded: true, Drained: true, Latency.Samples: > 0 } hub
        && hub.Latency.P99 <= plan.P99Limit
        && (plan.Kind != SweepKind.Rate || hub.Tablets.AchievedRate >= SweepPlan.SustainedShare * step.Rate)
        && (plan.Kind != SweepKind.Watchers || result.SiloMemories.All(m => m.PeakSampledBytes <= plan.MemoryLimitBytes));
}
