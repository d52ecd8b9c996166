using System.Globalization;

namespace ChallengeHub.DemoData;

/// <summary>
/// The command line: fills a running ChallengeHub at <c>--url</c> with demo data, signed in as the organiser named by
/// <c>--organiser</c>/<c>--passphrase</c>, by <c>--token</c>, or created with the one-time <c>--setup-code</c> of a fresh Silo.
/// </summary>
internal static class DemoDataProgram
{
    private const string Usage =
        "Usage: --url http://localhost:5080 [--organiser NAME --passphrase P | --token T | --setup-code CODE [--organiser NAME --passphrase P]] " +
        "[--seed 2026] [--challenges 2] [--teams 6] [--pupils 3] [--milestones 4]";

    public static async Task<int> Main(string[] args)
    {
        Dictionary<string, string> named;
        DemoDataOptions options;
        try
        {
            named = Parse(args);
            options = new DemoDataOptions
            {
                Seed = Number(named, "seed", 2026),
                Challenges = Number(named, "challenges", 2),
                TeamsPerChallenge = Number(named, "teams", 6),
                PupilsPerTeam = Number(named, "pupils", 3),
                MilestonesPerTeam = Number(named, "milestones", 4),
            };
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (options.Problem() is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var url = new Uri(named.GetValueOrDefault("url", "http://localhost:5080"));
        var organiser = named.GetValueOrDefault("organiser", DemoDataSeeder.OrganiserName);
        var passphrase = named.GetValueOrDefault("passphrase", DemoDataSeeder.Passphrase);
        try
        {
            var token = named.TryGetValue("token", out var given) ? given
                : named.TryGetValue("setup-code", out var code) ? await DemoDataSeeder.CompleteSetupAsync(url, code, organiser, passphrase, cancel.Token)
                : await DemoDataSeeder.SignInAsync(url, organiser, passphrase, cancel.Token);
            var seeded = await new DemoDataSeeder(url, token, options).SeedAsync(cancel.Token);
            Print(url, seeded);
            return 0;
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException)
        {
            Console.Error.WriteLine($"Seeding failed: {exception.Message}");
            return 1;
        }
    }

    private static void Print(Uri url, DemoData seeded)
    {
        Console.WriteLine($"Staff accounts (passphrase '{DemoDataSeeder.Passphrase}'): {string.Join(", ", seeded.StaffAccounts)}; sign in at {new Uri(url, "/signin.html")}");
        foreach (var challenge in seeded.Challenges)
        {
            var team = challenge.Teams[0];
            Console.WriteLine($"{challenge.Title}: {challenge.Teams.Count} teams, {challenge.Teams.Sum(t => t.Milestones)} milestones, " +
                $"{challenge.Teams.Sum(t => t.Photos)} photos, {challenge.Teams.Sum(t => t.Badges)} badges · wall {new Uri(url, $"/wall.html?challenge={challenge.Id}")}" +
                $" · tablet: join code {team.JoinCode}, nickname {team.Nicknames[0]}, PIN {DemoDataSeeder.PupilPin}");
        }

        foreach (var part in seeded.Profile?.Parts ?? [])
        {
            Console.WriteLine($"Profile across challenges ({new Uri(url, "/my-badges.html")}): {part.Nickname} in {part.Team}, {part.Challenge} " +
                $"(join code {part.JoinCode}, PIN {DemoDataSeeder.PupilPin}) · recovery code {part.RecoveryCode}");
        }
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected --option value at '{args[i]}'.");
            }

            named[args[i][2..]] = args[i + 1];
        }

        return named;
    }

    private static int Number(Dictionary<string, string> named, string name, int fallback) =>
        named.TryGetValue(name, out var value) ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
}
