using System.Globalization;

namespace ChallengeHub.Benchmark;

/// <summary>The SignalR hub protocol a watcher speaks.</summary>
public enum WatcherProtocol
{
    Json,
    MessagePack,
}

/// <summary>The load shape of one run. Milestones are spread round-robin over every team of every challenge.</summary>
public sealed record BenchmarkOptions
{
    /// <summary>A team can log at most this many milestones (the milestone log's cap), so a run must stay below it.</summary>
    public const int MilestonesPerTeamCap = 300;

    /// <summary>A team can place at most this many orders.</summary>
    public const int OrdersPerTeamCap = 100;

    /// <summary>A team has at most this many pupils.</summary>
    public const int MembersPerTeamCap = 12;

    public required Uri Url { get; init; }

    /// <summary>Further silos of the same cluster (<c>--url</c> given again): tablets and watchers are spread over every silo.</summary>
    public IReadOnlyList<Uri> OtherUrls { get; init; } = [];

    /// <summary>Process id of one silo of a local cluster that the kill run hard-kills (SIGKILL) while tablets log milestones.</summary>
    public int? KillSiloPid { get; init; }

    /// <summary>How long after the first milestone the kill run kills <see cref="KillSiloPid"/>.</summary>
    public TimeSpan KillAfter { get; init; } = TimeSpan.FromSeconds(5);

    public IReadOnlyList<Uri> Urls => [Url, .. OtherUrls];

    /// <summary>An organiser's bearer token (<c>POST /api/tokens</c>); the run creates its challenges as that organiser.</summary>
    public string? Token { get; init; }

    /// <summary>Instead of a token: the organiser's display name and passphrase, exchanged for a token at the start.</summary>
    public string? Organiser { get; init; }

    public string? Passphrase { get; init; }
    public int Challenges { get; init; } = 2;
    public int TeamsPerChallenge { get; init; } = 5;
    public int Watchers { get; init; } = 10;
    public double Rate { get; init; } = 10;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many milestone POSTs may be in flight at once; a slow server delays sends beyond this.</summary>
    public int Concurrency { get; init; } = 64;

    /// <summary>How long to wait after the last send for watchers to receive what was acknowledged.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Connection string of a storage account to measure the raw table write rate of; none skips the baseline.</summary>
    public string? Storage { get; init; }

    public TimeSpan StorageDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Shop orders per second placed beside the milestones (0: none, and no catalogue is set).</summary>
    public double OrderRate { get; init; }

    /// <summary>Pupils who join each team; 0 chooses enough to stay within <see cref="CreationsPerMinute"/>.</summary>
    public int PupilsPerTeam { get; init; }

    /// <summary>The Silo's <c>RateLimits:CreationsPerMinute</c> (milestones and orders per pupil), to spread the load within.</summary>
    public int CreationsPerMinute { get; init; } = 30;

    /// <summary>Also run the same load against a bare in-process SignalR broadcast (no Orleans, no storage).</summary>
    public bool Baseline { get; init; }

    /// <summary>Process id of the Silo, whose memory (resident set) is sampled during the run; none skips it.</summary>
    public int? SiloPid { get; init; }

    /// <summary>Process ids of further silos (<c>--silo-pid</c> given again), measured like <see cref="SiloPid"/>.</summary>
    public IReadOnlyList<int> OtherSiloPids { get; init; } = [];

    public IReadOnlyList<int> SiloPids => SiloPid is { } first ? [first, .. OtherSiloPids] : [];

    /// <summary>The hub protocol the watchers speak; the bare baseline answers in the same one.</summary>
    public WatcherProtocol Protocol { get; init; } = WatcherProtocol.Json;

    /// <summary>Instead of one load run: the same load step by step, raising the rate or the watchers (see <see cref="SweepPlan"/>).</summary>
    public SweepPlan? Sweep { get; init; }

    /// <summary>Instead of load: this many hub connections that watch and do nothing, with the Silo's memory before and after.</summary>
    public int IdleClients { get; init; }

    /// <summary>How long the idle clients stay connected before the Silo's memory is read.</summary>
    public TimeSpan IdleTime { get; init; } = TimeSpan.FromSeconds(10);

    public int TotalMilestones => (int)Math.Round((Warmup + Duration).TotalSeconds * Rate);

    public int TotalOrders => (int)Math.Round((Warmup + Duration).TotalSeconds * OrderRate);

    public int Teams => Challenges * TeamsPerChallenge;

    /// <summary>The pupils per team: as asked, or enough that none passes <see cref="CreationsPerMinute"/> (with a quarter to spare).</summary>
    public int PupilsPerTeamPlanned => PupilsPerTeam > 0
        ? PupilsPerTeam
        : Math.Max(1, (int)Math.Ceiling((Rate + OrderRate) * 60 / Teams / (CreationsPerMinute * 0.75)));

    /// <summary>Why these options cannot run, or null when they can.</summary>
    public string? Problem()
    {
        if (Challenges < 1 || TeamsPerChallenge < 1 || Watchers < 0 || Rate <= 0 || Duration <= TimeSpan.Zero || Concurrency < 1
            || OrderRate < 0 || PupilsPerTeam < 0 || CreationsPerMinute < 1 || IdleClients < 0)
        {
            return "challenges, teams-per-challenge, rate, duration, concurrency and creations-per-minute must be positive; the rest at least 0.";
        }

        if (SiloPids.Count > Urls.Count)
        {
            return "--silo-pid may be given at most once per --url, in the same order.";
        }

        if (Sweep is { } sweep)
        {
            return KillSiloPid is not null || IdleClients > 0
                ? "--sweep runs the load run step by step; it does not go with --kill-silo-pid or --idle-clients."
                : sweep.Problem() ?? SweepRun.StepOptions(this, sweep.To).Problem();
        }

        if (KillSiloPid is not null && (OtherUrls.Count == 0 || KillAfter < TimeSpan.Zero || KillAfter >= Warmup + Duration))
        {
            return "--kill-silo-pid needs the HTTP address of every silo (--url twice or more) and a --kill-after within warm-up plus duration.";
        }

        var perTeam = Math.Ceiling((double)TotalMilestones / Teams);
        var ordersPerTeam = Math.Ceiling((double)TotalOrders / Teams);
        var perPupilPerMinute = (Rate + OrderRate) * 60 / Teams / PupilsPerTeamPlanned;
        return perTeam > MilestonesPerTeamCap
            ? $"{perTeam} milestones per team would pass the cap of {MilestonesPerTeamCap}; add teams or shorten the run."
            : ordersPerTeam > OrdersPerTeamCap
            ? $"{ordersPerTeam} orders per team would pass the cap of {OrdersPerTeamCap}; add teams, lower --order-rate or shorten the run."
            : PupilsPerTeamPlanned > MembersPerTeamCap
            ? $"{PupilsPerTeamPlanned} pupils per team would pass the cap of {MembersPerTeamCap}; add teams or raise --creations-per-minute (with the Silo's RateLimits__CreationsPerMinute)."
            : perPupilPerMinute > CreationsPerMinute
            ? $"Each pupil would create {perPupilPerMinute:F0} a minute, more than --creations-per-minute {CreationsPerMinute}; add pupils or teams."
            : null;
    }

    /// <summary>Reads <c>--name value</c> pairs; throws <see cref="ArgumentException"/> on unknown or malformed ones.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var urls = new List<Uri>();
        var siloPids = new List<int>();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value' at '{args[i]}'.");
            }

            if (args[i] == "--url")
            {
                urls.Add(new Uri(args[i + 1]));
                continue;
            }

            if (args[i] == "--silo-pid")
            {
                siloPids.Add(int.Parse(args[i + 1], CultureInfo.InvariantCulture));
                continue;
            }

            values[args[i][2..]] = args[i + 1];
        }

        var options = new BenchmarkOptions
        {
            Url = urls.Count > 0 ? urls[0] : throw new ArgumentException("--url is required."),
            OtherUrls = [.. urls.Skip(1)],
            KillSiloPid = values.Remove("kill-silo-pid", out var killPid) ? int.Parse(killPid, CultureInfo.InvariantCulture) : null,
            KillAfter = TimeSpan.FromSeconds(Number(values, "kill-after", 5)),
            Token = values.Remove("token", out var token) ? token : null,
            Organiser = values.Remove("organiser", out var organiser) ? organiser : null,
            Passphrase = values.Remove("passphrase", out var passphrase) ? passphrase : null,
            Challenges = Int(values, "challenges", 2),
            TeamsPerChallenge = Int(values, "teams-per-challenge", 5),
            Watchers = Int(values, "watchers", 10),
            Rate = Number(values, "rate", 10),
            Duration = TimeSpan.FromSeconds(Number(values, "duration", 10)),
            Warmup = TimeSpan.FromSeconds(Number(values, "warmup", 2)),
            Concurrency = Int(values, "concurrency", 64),
            Drain = TimeSpan.FromSeconds(Number(values, "drain", 10)),
            Storage = values.Remove("storage", out var storage) ? storage : null,
            StorageDuration = TimeSpan.FromSeconds(Number(values, "storage-duration", 5)),
            OrderRate = Number(values, "order-rate", 0),
            PupilsPerTeam = Int(values, "pupils-per-team", 0),
            CreationsPerMinute = Int(values, "creations-per-minute", 30),
            Baseline = values.Remove("baseline", out var baseline) && bool.Parse(baseline),
            SiloPid = siloPids.Count > 0 ? siloPids[0] : null,
            OtherSiloPids = [.. siloPids.Skip(1)],
            Protocol = values.Remove("protocol", out var protocol)
                ? Enum.TryParse<WatcherProtocol>(protocol, ignoreCase: true, out var parsed) && !int.TryParse(protocol, CultureInfo.InvariantCulture, out _)
                    ? parsed
                    : throw new ArgumentException($"--protocol must be json or messagepack, not '{protocol}'.")
                : WatcherProtocol.Json,
            Sweep = values.Remove("sweep", out var sweep) ? SweepPlan.Parse(sweep, name => Number(values, name, double.NaN)) : null,
            IdleClients = Int(values, "idle-clients", 0),
            IdleTime = TimeSpan.FromSeconds(Number(values, "idle-seconds", 10)),
        };
        return values.Count == 0 ? options : throw new ArgumentException($"Unknown option --{values.Keys.First()}.");
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback) =>
        (int)Number(values, name, fallback);

    private static double Number(Dictionary<string, string> values, string name, double fallback) =>
        !values.Remove(name, out var text) ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"--{name} must be a number, not '{text}'.");
}
