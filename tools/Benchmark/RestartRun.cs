using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChallengeHub.Azurite;

namespace ChallengeHub.Benchmark;

/// <summary>One round: the milestone answered 2xx, how long after it the signal went, and what the restarted Silo showed.</summary>
public sealed record RestartRound(int Number, int DelayMs, int ExitCode, TimeSpan Stop, TimeSpan Start, int Acknowledged, int Listed, int OnWall);

/// <summary>The rounds of a restart run; it succeeded when every acknowledged milestone was listed and on the wall after every restart.</summary>
public sealed record RestartResult(string Signal, IReadOnlyList<RestartRound> Rounds)
{
    public bool Succeeded => Rounds.All(r => r.ExitCode == 0 && r.Listed == r.Acknowledged && r.OnWall == r.Acknowledged);

    public string Format()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"round",5} {"signal after",12} {"exit",4} {"stop",6} {"restart",7} {"acked",5} {"listed",6} {"on wall",7}");
        foreach (var r in Rounds)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{r.Number,5} {r.DelayMs,9} ms {r.ExitCode,4} {r.Stop.TotalSeconds,5:F1}s {r.Start.TotalSeconds,6:F1}s {r.Acknowledged,5} {r.Listed,6} {r.OnWall,7}");
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"{Signal}: {Rounds.Count} rounds, {(Succeeded ? "every acknowledged milestone kept and on the wall" : "FAILED")}");
        return table.ToString();
    }
}

/// <summary>
/// Rounds of: start the built Silo as a process on one data directory (it starts its own Azurite there), check that every
/// milestone acknowledged so far is listed and on the wall, log one more, and 0-200 ms after its 2xx send SIGTERM to the
/// Silo alone or SIGINT to its process group (Ctrl+C); the next round's start checks it.
/// </summary>
public static class RestartRun
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<RestartResult> RunAsync(int rounds, bool ctrlC, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("challengehub-restart-");
        var random = new Random(13);
        var results = new List<RestartRound>();
        var acknowledged = 0;
        (Guid ChallengeId, Guid TeamId)? world = null;
        var (delay, exitCode, stopped) = (0, 0, TimeSpan.Zero);
        try
        {
            for (var round = 0; round <= rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                await using var silo = await SiloProcess.StartAsync(data.FullName, cancellationToken: cancellationToken);
                using var http = await silo.OrganiserAsync(firstStart: round == 0, cancellationToken);
                var started = clock.Elapsed;
                world ??= await ArrangeAsync(http, cancellationToken);
                var (challengeId, teamId) = world.Value;
                if (round > 0)
                {
                    var listed = await http.GetFromJsonAsync<JsonElement[]>($"/api/challenges/{challengeId}/teams/{teamId}/milestones", Json, cancellationToken);
                    var wall = await http.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/wall", Json, cancellationToken);
                    results.Add(new RestartRound(round, delay, exitCode, stopped, started, acknowledged, listed!.Length, wall.GetProperty("milestonesLogged").GetInt32()));
                }

                if (round == rounds)
                {
                    break;
                }

                using var logged = await http.PostAsJsonAsync($"/api/challenges/{challengeId}/teams/{teamId}/milestones",
                    new { title = $"Stap {round + 1}", story = "Net voor de herstart.", competenceIds = Array.Empty<string>() }, Json, cancellationToken);
                logged.EnsureSuccessStatusCode();
                acknowledged++;
                delay = random.Next(0, 200);
                await Task.Delay(delay, cancellationToken);
                clock.Restart();
                silo.Signal(ctrlC ? UnixSignal.Interrupt : UnixSignal.Terminate, group: ctrlC);
                exitCode = await silo.ExitedAsync(TimeSpan.FromSeconds(90), cancellationToken);
                stopped = clock.Elapsed;
            }
        }
        finally
        {
            data.Delete(recursive: true);
        }

        return new RestartResult(ctrlC ? "SIGINT to the process group (Ctrl+C)" : "SIGTERM to the Silo alone", results);
    }

    private static async Task<(Guid, Guid)> ArrangeAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var created = await http.PostAsJsonAsync("/api/challenges", new { title = "Herstartproef", sector = "electro" }, Json, cancellationToken);
        created.EnsureSuccessStatusCode();
        var challengeId = (await created.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken)).GetProperty("id").GetGuid();
        foreach (var step in new[] { "open", "start" })
        {
            using var advanced = await http.PostAsync(new Uri($"/api/challenges/{challengeId}/{step}", UriKind.Relative), null, cancellationToken);
            advanced.EnsureSuccessStatusCode();
        }

        using var team = await http.PostAsJsonAsync($"/api/challenges/{challengeId}/teams", new { name = "De Herstarters", school = "VTI Brugge" }, Json, cancellationToken);
        team.EnsureSuccessStatusCode();
        return (challengeId, (await team.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken)).GetProperty("id").GetGuid());
    }
}
