using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace ChallengeHub.Benchmark;

/// <summary>
/// What a silo failure did to acknowledged work: milestones acknowledged but not stored (lost) or stored twice, the wall's
/// count against the stored milestones, and whether every watcher ended on the live silo's snapshot.
/// </summary>
public sealed record KillResult(
    BenchmarkOptions Options,
    int Scheduled,
    int Acknowledged,
    int Errors,
    int Retries,
    int AnsweredByOtherSilo,
    TimeSpan LongestAcknowledgement,
    bool Killed,
    int Lost,
    int AppliedTwice,
    int Stored,
    int OnWalls,
    IReadOnlyList<WatcherEnd> Watchers,
    int WatchersConverged)
{
    public bool Succeeded => Killed && Errors == 0 && Lost == 0 && AppliedTwice == 0 && Stored == OnWalls && WatchersConverged == Watchers.Count;

    public string Format()
    {
        var table = new StringBuilder();
        void Line(string name, FormattableString value) => table.AppendLine(CultureInfo.InvariantCulture, $"{name,-46} {value.ToString(CultureInfo.InvariantCulture)}");
        Line("silos", $"{string.Join(", ", Options.Urls)}");
        Line("killed (SIGKILL)", $"{(Killed ? "yes" : "NO")}: pid {Options.KillSiloPid} after {Options.KillAfter.TotalSeconds:F0} s");
        Line("milestones scheduled / acknowledged / failed", $"{Scheduled} / {Acknowledged} / {Errors}");
        Line("retries / answered by another silo", $"{Retries} / {AnsweredByOtherSilo}");
        Line("longest time to acknowledgement", $"{LongestAcknowledgement.TotalSeconds:F1} s (first attempt to 2xx, retries included)");
        Line("acknowledged but lost / applied twice", $"{Lost} / {AppliedTwice}");
        Line("stored (teams' milestones) / on the walls", $"{Stored} / {OnWalls}");
        Line("watchers converged to the live snapshot", $"{WatchersConverged} of {Watchers.Count} (reconnected {Watchers.Sum(w => w.Reconnects)}, resynced after gaps {Watchers.Sum(w => w.Resyncs)})");
        Line("result", $"{(Succeeded ? "OK" : "FAILED")}");
        return table.ToString();
    }
}

/// <summary>
/// The failure run on a local cluster (tools/cluster.sh): tablets log milestones against every silo in turn, retrying with
/// the same Idempotency-Key on the next silo after a network error or 5xx; watchers are spread over the silos; after
/// <see cref="BenchmarkOptions.KillAfter"/> one silo is hard-killed. Afterwards each team's milestones are read through the
/// API of the first silo, which must be one that lives.
/// </summary>
public static class KillRun
{
    /// <summary>How long a tablet keeps retrying one milestone: long enough for the cluster to declare the killed silo dead.</summary>
    private static readonly TimeSpan RetryFor = TimeSpan.FromSeconds(120);

    public static async Task<KillResult> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", options.Token ?? await Setup.IssueTokenAsync(http, options, cancellationToken));
        var challenges = await Setup.CreateChallengesAsync(http, options with { OrderRate = 0 }, cancellationToken);
        var watchers = new List<FailoverWatcher>();
        try
        {
            for (var i = 0; i < options.Watchers; i++)
            {
                watchers.Add(await FailoverWatcher.StartAsync(options.Urls, i % options.Urls.Count, challenges[i % challenges.Count].Id, cancellationToken));
            }

            var tablets = new FailoverTablets(options, challenges, RetryFor);
            var sending = tablets.RunAsync(cancellationToken);
            await Task.Delay(options.KillAfter, cancellationToken);
            var killed = Kill(options.KillSiloPid!.Value);
            await sending;
            await Task.Delay(options.Drain, cancellationToken);

            var (lost, twice, stored, onWalls) = await CheckAsync(http, challenges, tablets.AcknowledgedTitles, cancellationToken);
            var walls = new Dictionary<Guid, (long Sequence, int Milestones)>();
            foreach (var challenge in challenges)
            {
                var wall = await http.GetFromJsonAsync<WallBody>($"/api/challenges/{challenge.Id}/wall", Setup.Json, cancellationToken);
                walls[challenge.Id] = (wall!.Sequence, wall.MilestonesLogged);
            }

            var ends = watchers.Select(w => w.End()).ToArray();
            var converged = ends.Count(e => walls[e.ChallengeId] == (e.Sequence, e.MilestonesLogged));
            return new KillResult(options, options.TotalMilestones, tablets.Acknowledged, tablets.Errors, tablets.Retries, tablets.AnsweredByOtherSilo,
                tablets.LongestAcknowledgement, killed, lost, twice, stored, onWalls, ends, converged);
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

    private static bool Kill(int pid)
    {
        try
        {
            // Process.Kill sends SIGKILL on Linux: the silo gets no chance to leave the cluster or finish a write.
            using var silo = Process.GetProcessById(pid);
            Console.Error.WriteLine($"Killing pid {pid} ({silo.ProcessName}) with SIGKILL.");
            silo.Kill();
            return silo.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"Could not kill pid {pid}: {exception.Message}");
            return false;
        }
    }

    /// <summary>Reads every team's milestones and compares their titles (one per scheduled milestone) with what was acknowledged.</summary>
    private static async Task<(int Lost, int Twice, int Stored, int OnWalls)> CheckAsync(
        HttpClient http, IReadOnlyList<BenchChallenge> challenges, IReadOnlyCollection<string> acknowledged, CancellationToken cancellationToken)
    {
        var titles = new List<string>();
        var onWalls = 0;
        foreach (var challenge in challenges)
        {
            foreach (var team in challenge.Teams)
            {
                var milestones = await http.GetFromJsonAsync<MilestoneBody[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", Setup.Json, cancellationToken);
                titles.AddRange(milestones!.Select(m => m.Title));
            }

            onWalls += (await http.GetFromJsonAsync<WallBody>($"/api/challenges/{challenge.Id}/wall", Setup.Json, cancellationToken))!.MilestonesLogged;
        }

        var stored = titles.ToHashSet();
        return (acknowledged.Count(t => !stored.Contains(t)), titles.Count - stored.Count, titles.Count, onWalls);
    }

    private sealed record MilestoneBody(string Title);

    private sealed record WallBody(long Sequence, int MilestonesLogged);
}

/// <summary>Tablets that log milestones on an open-loop schedule over every silo, and on failure retry on the next silo.</summary>
internal sealed class FailoverTablets(BenchmarkOptions options, IReadOnlyList<BenchChallenge> challenges, TimeSpan retryFor)
{
    private readonly (BenchChallenge Challenge, BenchTeam Team)[] _teams = [.. challenges.SelectMany(c => c.Teams.Select(t => (c, t)))];
    private readonly System.Collections.Concurrent.ConcurrentBag<string> _acknowledged = [];
    private int _errors;
    private int _retries;
    private int _answeredByOtherSilo;
    private long _longestTicks;

    public IReadOnlyCollection<string> AcknowledgedTitles => _acknowledged;

    public int Acknowledged => _acknowledged.Count;

    public int Errors => _errors;

    public int Retries => _retries;

    public int AnsweredByOtherSilo => _answeredByOtherSilo;

    public TimeSpan LongestAcknowledgement => TimeSpan.FromTicks(Interlocked.Read(ref _longestTicks));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var start = TimeProvider.System.GetTimestamp();
        using var inFlight = new SemaphoreSlim(options.Concurrency);
        var sends = new List<Task>(options.TotalMilestones);
        for (var i = 0; i < options.TotalMilestones; i++)
        {
            var due = TimeSpan.FromSeconds(i / options.Rate) - TimeProvider.System.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            await inFlight.WaitAsync(cancellationToken);
            sends.Add(SendAsync(i, inFlight, cancellationToken));
        }

        await Task.WhenAll(sends);
    }

    private async Task SendAsync(int number, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        try
        {
            var (challenge, team) = _teams[number % _teams.Length];
            var pupil = team.Pupils[number / _teams.Length % team.Pupils.Count];
            var title = $"Meetmijlpaal {number}";
            var body = new { title, story = "Zo hebben we het aangepakt.", competenceIds = new[] { challenge.CompetenceId } };
            if (await PostAsync(pupil, number, $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", body, cancellationToken))
            {
                _acknowledged.Add(title);
            }
            else
            {
                Interlocked.Increment(ref _errors);
            }
        }
        finally
        {
            inFlight.Release();
        }
    }

    /// <summary>Whether a silo acknowledged the milestone; the same Idempotency-Key on every attempt, on every silo.</summary>
    private async Task<bool> PostAsync(BenchPupil pupil, int number, string path, object body, CancellationToken cancellationToken)
    {
        var idempotencyKey = Guid.NewGuid().ToString("N");
        var first = TimeProvider.System.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            var url = options.Urls[(number + attempt) % options.Urls.Count];
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, path)) { Content = JsonContent.Create(body, options: Setup.Json) };
                request.Headers.Add("Idempotency-Key", idempotencyKey);
                request.Headers.Add(Setup.AntiforgeryHeader, pupil.AntiforgeryToken);
                using var response = await pupil.Http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    var took = TimeProvider.System.GetElapsedTime(first).Ticks;
                    for (var longest = Interlocked.Read(ref _longestTicks); took > longest; longest = Interlocked.Read(ref _longestTicks))
                    {
                        if (Interlocked.CompareExchange(ref _longestTicks, took, longest) == longest)
                        {
                            break;
                        }
                    }

                    if (attempt % options.Urls.Count != 0)
                    {
                        Interlocked.Increment(ref _answeredByOtherSilo);
                    }

                    return true;
                }

                if (response.StatusCode < HttpStatusCode.InternalServerError)
                {
                    return false;
                }
            }
            catch (Exception exception) when ((exception is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
            {
            }

            if (TimeProvider.System.GetElapsedTime(first) > retryFor)
            {
                return false;
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2_000, 100 * (attempt + 1))), cancellationToken);
        }
    }
}
