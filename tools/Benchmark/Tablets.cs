using System.Net;
using System.Net.Http.Json;

namespace ChallengeHub.Benchmark;

/// <summary>What the tablets did: POSTs sent, acknowledged, retried and failed, and the rate achieved after warm-up.</summary>
public sealed record TabletFigures(int Scheduled, int Acknowledged, int Retries, int Errors, int MeasuredAcknowledged, TimeSpan MeasuredTime)
{
    public double AchievedRate => MeasuredTime > TimeSpan.Zero ? MeasuredAcknowledged / MeasuredTime.TotalSeconds : 0;
}

/// <summary>
/// Pupils' tablets logging milestones on an open-loop schedule: the i-th milestone is due at i / rate, whatever the server's
/// answers, so a slow server shows as latency rather than as a politely lower load. At most <see cref="BenchmarkOptions.Concurrency"/>
/// POSTs are in flight; each carries an Idempotency-Key and is retried on 5xx and network errors.
/// </summary>
internal sealed class Tablets(HttpClient http, BenchmarkOptions options, IReadOnlyList<BenchChallenge> challenges, Deliveries deliveries)
{
    private const int MaxAttempts = 4;
    private readonly (BenchChallenge Challenge, Guid TeamId)[] _teams = [.. challenges.SelectMany(c => c.TeamIds.Select(t => (c, t)))];
    private long _measureFrom;
    private long _lastMeasuredAnswer;
    private int _acknowledged;
    private int _measuredAcknowledged;
    private int _retries;
    private int _errors;

    public async Task<TabletFigures> RunAsync(CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        _measureFrom = start + (long)(options.Warmup.TotalSeconds * time.TimestampFrequency);
        var total = options.TotalMilestones;
        var sends = new List<Task>(total);
        using var inFlight = new SemaphoreSlim(options.Concurrency);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / options.Rate) - time.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            await inFlight.WaitAsync(cancellationToken);
            sends.Add(SendAsync(i, inFlight, cancellationToken));
        }

        await Task.WhenAll(sends);
        var measured = _lastMeasuredAnswer > _measureFrom ? time.GetElapsedTime(_measureFrom, _lastMeasuredAnswer) : TimeSpan.Zero;
        return new TabletFigures(total, _acknowledged, _retries, _errors, _measuredAcknowledged, measured);
    }

    private async Task SendAsync(int number, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        try
        {
            var (challenge, teamId) = _teams[number % _teams.Length];
            var sendStart = TimeProvider.System.GetTimestamp();
            var measured = sendStart >= _measureFrom;
            var key = Guid.NewGuid().ToString("N");
            var body = new { title = $"Meetmijlpaal {number}", story = "Zo hebben we het aangepakt.", competenceIds = new[] { challenge.CompetenceId } };
            var id = await PostWithRetriesAsync($"/api/challenges/{challenge.Id}/teams/{teamId}/milestones", key, body, cancellationToken);
            if (id is null)
            {
                Interlocked.Increment(ref _errors);
                return;
            }

            deliveries.Acknowledged(id.Value, challenge.Id, sendStart, measured);
            Interlocked.Increment(ref _acknowledged);
            if (measured)
            {
                Interlocked.Increment(ref _measuredAcknowledged);
                InterlockedMax(ref _lastMeasuredAnswer, TimeProvider.System.GetTimestamp());
            }
        }
        finally
        {
            inFlight.Release();
        }
    }

    /// <summary>The logged milestone's id, or null when the server refused it or every attempt failed.</summary>
    private async Task<Guid?> PostWithRetriesAsync(string path, string idempotencyKey, object body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Setup.Json) };
                request.Headers.Add("Idempotency-Key", idempotencyKey);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return (await response.Content.ReadFromJsonAsync<MilestoneBody>(Setup.Json, cancellationToken))!.Id;
                }

                if (response.StatusCode < HttpStatusCode.InternalServerError || attempt == MaxAttempts)
                {
                    return null;
                }
            }
            catch (Exception exception) when ((exception is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
            {
                if (attempt == MaxAttempts)
                {
                    return null;
                }
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private sealed record MilestoneBody(Guid Id);
}
