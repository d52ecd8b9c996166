using System.Threading.RateLimiting;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// Each hub connection may call at most <see cref="RateLimitSettings.HubMessagesPerMinute"/> methods a minute; a flood is
/// refused call by call, and logged, without closing the connection of a wall that merely reconnected a lot.
/// </summary>
internal sealed class HubMessageLimit(IOptions<RateLimitSettings> options, ILogger<HubMessageLimit> logger) : IHubFilter
{
    private readonly RateLimitSettings _settings = options.Value;
    private const string LimiterKey = "challengehub:limiter";

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        context.Context.Items[LimiterKey] = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, _settings.HubMessagesPerMinute / 4),
            TokensPerPeriod = Math.Max(1, _settings.HubMessagesPerMinute / 4),
            ReplenishmentPeriod = TimeSpan.FromSeconds(15),
            QueueLimit = 0,
        });
        return next(context);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Context.Items[LimiterKey] is RateLimiter limiter)
        {
            using var lease = limiter.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                logger.LogWarning("Hub call {Method} refused on connection {ConnectionId}: too many calls", invocationContext.HubMethodName, invocationContext.Context.ConnectionId);
                throw ProblemTypes.RateLimited.ToHubException("Too many calls in a short time; wait a few seconds.");
            }
        }

        return await next(invocationContext);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items[LimiterKey] is RateLimiter limiter)
        {
            await limiter.DisposeAsync();
        }

        await next(context, exception);
    }
}
