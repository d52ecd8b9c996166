using System.Globalization;
using System.Net.Sockets;
using Azure;
using ChallengeHub.Grains.Problems;
using Microsoft.AspNetCore.Mvc;
using Orleans.Storage;

namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// The 503 answers: the Silo is stopping, or its storage cannot be reached. Both carry <c>Retry-After</c> and a stable
/// <c>type</c>, and neither has stored anything, so a client resends the same request (with its Idempotency-Key) later.
/// </summary>
public static class Unavailable
{
    public static readonly string StoppingType = ProblemTypes.Stopping.Type;
    public static readonly string StorageType = ProblemTypes.StorageUnavailable.Type;

    /// <summary>Seconds a client waits before it resends.</summary>
    public const int RetryAfterSeconds = 5;

    public static ProblemDetails Stopping() => new()
    {
        Type = StoppingType,
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = ProblemTypes.Stopping.Title.En,
        Detail = $"Nothing was stored. Send it again in {RetryAfterSeconds} seconds; a tablet does so by itself.",
    };

    public static ProblemDetails Storage() => new()
    {
        Type = StorageType,
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = ProblemTypes.StorageUnavailable.Title.En,
        Detail = $"Nothing was stored. Send it again in {RetryAfterSeconds} seconds; a tablet does so by itself.",
    };

    public static void SetRetryAfter(HttpResponse response) =>
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// True when <paramref name="exception"/> (or one it wraps) says that storage or the cluster could not be reached, or
    /// that a write's outcome is unknown (a stale ETag after a lost answer): transient, and worth a retry.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is RequestFailedException { Status: 0 or >= 500 } or HttpRequestException or SocketException or TimeoutException
                or InconsistentStateException or SiloUnavailableException or OrleansMessageRejectionException)
            {
                return true;
            }

            if (inner is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient))
            {
                return true;
            }
        }

        return false;
    }
}
