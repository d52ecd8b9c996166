using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Hosting;

namespace ChallengeHub.Silo.Tests.Durability;

/// <summary>
/// A team's tablet as its outbox behaves: each milestone under its own Idempotency-Key, resent with that same key after a
/// 503 or a dropped connection until it is acknowledged. It keeps every answer it got, to show that none was a 500.
/// </summary>
public sealed class Tablet(TeamDetails team, string token, Action? acknowledged = null)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentQueue<string> _refusals = new();
    private int _unavailable;
    private int _next;

    public TeamDetails Team => team;

    /// <summary>Milestones answered 2xx, in order.</summary>
    public List<Milestone> Acknowledged { get; } = [];

    /// <summary>Answers other than 2xx and a well-formed 503 (with Retry-After and a stable type).</summary>
    public IReadOnlyCollection<string> Refusals => _refusals;

    public int UnavailableAnswers => _unavailable;

    /// <summary>Completes at the tablet's first 503.</summary>
    public TaskCompletionSource FirstUnavailable { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The milestone sent but not acknowledged when <see cref="RunAsync"/> gave up, to resend after a restart.</summary>
    public (string Key, string Title)? Pending { get; private set; }

    /// <summary>
    /// Logs <paramref name="count"/> milestones on <paramref name="baseAddress"/>, one after the other. Gives up (keeping the
    /// pending one) when the Silo cannot be reached and <paramref name="giveUp"/> says it is gone for good.
    /// </summary>
    public async Task RunAsync(Uri baseAddress, int count, Func<bool> giveUp, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(90) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        while (Pending is not null || _next < count)
        {
            Pending ??= ($"{team.Id:N}-{_next}", $"{team.Name} stap {++_next}");
            while (Pending is { } pending)
            {
                try
                {
                    await SendAsync(http, pending.Key, pending.Title, cancellationToken);
                }
                catch (HttpRequestException) when (giveUp())
                {
                    return;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(Pause, cancellationToken);
                }
            }
        }
    }

    private async Task SendAsync(HttpClient http, string key, string title, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/milestones")
        {
            Content = JsonContent.Create(new { title, story = "Stap voor stap.", competenceIds = Array.Empty<string>() }, options: ApiClient.Json),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            Acknowledged.Add((await response.Content.ReadFromJsonAsync<Milestone>(ApiClient.Json, cancellationToken))!);
            Pending = null;
            acknowledged?.Invoke();
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null
            && (body.Contains(Unavailable.StorageType, StringComparison.Ordinal) || body.Contains(Unavailable.StoppingType, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _unavailable);
            FirstUnavailable.TrySetResult();
            await Task.Delay(Pause, cancellationToken);
            return;
        }

        _refusals.Enqueue($"{(int)response.StatusCode} {response.Headers.RetryAfter} {body}");
        Pending = null;
    }
}
