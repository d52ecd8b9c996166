using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;

namespace ChallengeHub.Benchmark;

/// <summary>What the tablets did: POSTs sent, acknowledged, retried and failed, and the rate achieved after warm-up.</summary>
public sealed record TabletFigures(int Scheduled, int Acknowledged, int Retries, int Errors, int MeasuredAcknowledged, TimeSpan MeasuredTime)
{
    /// <summary>From the start of a measured milestone POST until its 2xx answer: what storing costs, before any fan-out.</summary>
    public LatencyFigures Acknowledgement { get; init; } = LatencyFigures.From([]);

    public double AchievedRate => MeasuredTime > TimeSpan.Zero ? MeasuredAcknowledged / MeasuredTime.TotalSeconds : 0;

    /// <summary>Of <see cref="Errors"/>, those the Silo's per-pupil rate limit refused (429): too few pupils for the rate.</summary>
    public int RateLimited { get; init; }

    /// <summary>Shop orders placed beside the milestones: scheduled, acknowledged and failed after retries.</summary>
    public int OrdersScheduled { get; init; }

    public int OrdersAcknowledged { get; init; }

    public int OrderErrors { get; init; }
}

/// <summary>
/// Pupils' tablets logging milestones on an open-loop schedule: the i-th milestone is due at i / rate, whatever the server's
/// answers, so a slow server shows as latency rather than as a politely lower load. At most <see cref="BenchmarkOptions.Concurrency"/>
/// POSTs are in flight; each carries an Idempotency-Key and is retried on 5xx and network errors. Milestones go round-robin over
/// the teams and, within a team, over its pupils; orders (at <see cref="BenchmarkOptions.OrderRate"/>) follow their own schedule.
/// </summary>
internal sealed class Tablets(BenchmarkOptions options, IReadOnlyList<BenchChallenge> challenges, Deliveries deliveries)
{
    private const int MaxAttempts = 4;
    private readonly (BenchChallenge Challenge, BenchTeam Team)[] _teams = [.. challenges.SelectMany(c => c.Teams.Select(t => (c, t)))];
    private readonly ConcurrentBag<TimeSpan> _acknowledgements = [];
    private long _measureFrom;
    private long _lastMeasuredAnswer;
    private int _acknowledged;
    private int _measuredAcknowledged;
    private int _retries;
    private int _errors;
    private int _rateLimited;
    private int _ordersAcknowledged;
    private int _orderErrors;

    public async Task<TabletFigures> RunAsync(CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        _measureFrom = start + (long)(options.Warmup.TotalSeconds * time.TimestampFrequency);
        using var inFlight = new SemaphoreSlim(options.Concurrency);
        await Task.WhenAll(
            ScheduleAsync(start, options.TotalMilestones, options.Rate, i => SendMilestoneAsync(i, inFlight, cancellationToken), inFlight, cancellationToken),
            ScheduleAsync(start, options.TotalOrders, options.OrderRate, i => SendOrderAsync(i, inFlight, cancellationToken), inFlight, cancellationToken));
        var measured = _lastMeasuredAnswer > _measureFrom ? time.GetElapsedTime(_measureFrom, _lastMeasuredAnswer) : TimeSpan.Zero;
        return new TabletFigures(options.TotalMilestones, _acknowledged, _retries, _errors, _measuredAcknowledged, measured)
        {
            RateLimited = _rateLimited,
            OrdersScheduled = options.TotalOrders,
            OrdersAcknowledged = _ordersAcknowledged,
            OrderErrors = _orderErrors,
            Acknowledgement = LatencyFigures.From([.. _acknowledgements]),
        };
    }

    private static async Task ScheduleAsync(long start, int total, double rate, Func<int, Task> send, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        var sends = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate) - TimeProvider.System.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            await inFlight.WaitAsync(cancellationToken);
            sends.Add(send(i));
        }

        await Task.WhenAll(sends);
    }

    private async Task SendMilestoneAsync(int number, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        try
        {
            var (challenge, team) = _teams[number % _teams.Length];
            var pupil = team.Pupils[number / _teams.Length % team.Pupils.Count];
            var sendStart = TimeProvider.System.GetTimestamp();
            var measured = sendStart >= _measureFrom;
            var body = new { title = $"Meetmijlpaal {number}", story = "Zo hebben we het aangepakt.", competenceIds = new[] { challenge.CompetenceId } };
            var id = await PostWithRetriesAsync(pupil, $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", body, cancellationToken);
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
                var answered = TimeProvider.System.GetTimestamp();
                InterlockedMax(ref _lastMeasuredAnswer, answered);
                _acknowledgements.Add(TimeProvider.System.GetElapsedTime(sendStart, answered));
            }
        }
        finally
        {
            inFlight.Release();
        }
    }

    /// <summary>Orders start at another pupil of the team than its milestones, so that both spread over the team's pupils.</summary>
    private async Task SendOrderAsync(int number, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        try
        {
            var (challenge, team) = _teams[number % _teams.Length];
            var pupil = team.Pupils[(number / _teams.Length + 1) % team.Pupils.Count];
            var body = new { sku = Setup.Sku, quantity = 1, note = "Voor de schakelkast." };
            var id = await PostWithRetriesAsync(pupil, $"/api/challenges/{challenge.Id}/teams/{team.Id}/orders", body, cancellationToken);
            Interlocked.Increment(ref id is null ? ref _orderErrors : ref _ordersAcknowledged);
        }
        finally
        {
            inFlight.Release();
        }
    }

    /// <summary>The created resource's id, or null when the server refused it or every attempt failed.</summary>
    private async Task<Guid?> PostWithRetriesAsync(BenchPupil pupil, string path, object body, CancellationToken cancellationToken)
    {
        var idempotencyKey = Guid.NewGuid().ToString("N");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Setup.Json) };
                request.Headers.Add("Idempotency-Key", idempotencyKey);
                if (pupil.AntiforgeryToken is { } token)
                {
                    request.Headers.Add(Setup.AntiforgeryHeader, token);
                }

                using var response = await pupil.Http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return (await response.Content.ReadFromJsonAsync<CreatedBody>(Setup.Json, cancellationToken))!.Id;
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Interlocked.Increment(ref _rateLimited);
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

    private sealed record CreatedBody(Guid Id);
}
