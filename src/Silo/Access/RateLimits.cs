using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Hosting;

namespace ChallengeHub.Silo.Access;

/// <summary>Limits per minute, from the <c>RateLimits</c> configuration section.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Sign-in, join, setup and invite attempts per client address.</summary>
    [Range(1, 100_000)]
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>Evidence photo uploads per pupil (or per client address for staff).</summary>
    [Range(1, 100_000)]
    public int UploadsPerMinute { get; set; } = 20;

    /// <summary>Milestones, orders and course runs a pupil creates.</summary>
    [Range(1, 100_000)]
    public int CreationsPerMinute { get; set; } = 30;

    /// <summary>Badge verifications per client address.</summary>
    [Range(1, 100_000)]
    public int VerificationsPerMinute { get; set; } = 30;

    /// <summary>Hub method calls per connection.</summary>
    [Range(1, 100_000)]
    public int HubMessagesPerMinute { get; set; } = 60;
}

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Upload = "upload";
    public const string Creation = "creation";
    public const string Verify = "verify";

    public static void AddRateLimits(this WebApplicationBuilder builder)
    {
        var settings = builder.AddSettings<RateLimitSettings>("RateLimits");
        builder.Services.AddRateLimiter(options =>
        {
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new()
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = ProblemTypes.RateLimited.ToProblem(
                        $"Too many requests in a short time. Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds."),
                });
            };
            options.AddPolicy(SignIn, context => PerMinute($"address:{context.Connection.RemoteIpAddress}", settings.SignInsPerMinute));
            options.AddPolicy(Verify, context => PerMinute($"address:{context.Connection.RemoteIpAddress}", settings.VerificationsPerMinute));
            options.AddPolicy(Upload, context => PerMinute(CallerKey(context), settings.UploadsPerMinute));
            options.AddPolicy(Creation, context => Caller.From(context.User) is { Role: Role.Pupil } pupil
                ? PerMinute($"pupil:{pupil.Id}", settings.CreationsPerMinute)
                : RateLimitPartition.GetNoLimiter("staff"));
        });
    }

    private static string CallerKey(HttpContext context) =>
        Caller.From(context.User) is { } caller ? $"account:{caller.Id}" : $"address:{context.Connection.RemoteIpAddress}";

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
