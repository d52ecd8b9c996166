using System.Globalization;

namespace ChallengeHub.Benchmark;

/// <summary>The load shape of one run. Milestones are spread round-robin over every team of every challenge.</summary>
public sealed record BenchmarkOptions
{
    /// <summary>A team can log at most this many milestones (the milestone log's cap), so a run must stay below it.</summary>
    public const int MilestonesPerTeamCap = 300;

    public required Uri Url { get; init; }

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

    public int TotalMilestones => (int)Math.Round((Warmup + Duration).TotalSeconds * Rate);

    /// <summary>Why these options cannot run, or null when they can.</summary>
    public string? Problem()
    {
        if (Challenges < 1 || TeamsPerChallenge < 1 || Watchers < 0 || Rate <= 0 || Duration <= TimeSpan.Zero || Concurrency < 1)
        {
            return "challenges, teams-per-challenge, rate, duration and concurrency must be positive; watchers at least 0.";
        }

        var perTeam = Math.Ceiling((double)TotalMilestones / (Challenges * TeamsPerChallenge));
        return perTeam > MilestonesPerTeamCap
            ? $"{perTeam} milestones per team would pass the cap of {MilestonesPerTeamCap}; add teams or shorten the run."
            : null;
    }

    /// <summary>Reads <c>--name value</c> pairs; throws <see cref="ArgumentException"/> on unknown or malformed ones.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value' at '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        var options = new BenchmarkOptions
        {
            Url = values.Remove("url", out var url) ? new Uri(url) : throw new ArgumentException("--url is required."),
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
