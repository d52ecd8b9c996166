using System.Diagnostics;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Access;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChallengeHub.Silo.Observability;

/// <summary>
/// OpenTelemetry traces and metrics (<see cref="Telemetry"/> names what is collected), exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and a Prometheus scrape endpoint; a correlation id on every request.
/// </summary>
public static class ObservabilitySetup
{
    /// <summary>The response header that carries the request's correlation id (its trace id), which every log line of the request carries too.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    public const string MetricsPath = "/metrics";

    public static void AddChallengeHubTelemetry(this WebApplicationBuilder builder)
    {
        // The Azure SDK emits spans for its table and blob calls only when switched on.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        builder.Services.AddSingleton<WallFeedBacklog>();
        builder.Services.AddSingleton<Telemetry>();

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("ChallengeHub"))
            .WithTracing(tracing => tracing
                .AddSource(Telemetry.ActivitySources)
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments(MetricsPath))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(Telemetry.Meters)
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
    }

    /// <summary>
    /// Answers every request with its correlation id and logs within a scope that names it, so that an operator can find
    /// every line of a request a user reports.
    /// </summary>
    public static void UseCorrelationIds(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ChallengeHub.Requests");
        app.Use(async (context, next) =>
        {
            var correlationId = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
            context.Response.Headers[CorrelationHeader] = correlationId;
            using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
            {
                await next(context);
            }
        });
    }

    /// <summary>The Prometheus text of every meter, for loopback callers (a scraper beside the Silo) and organisers.</summary>
    public static void MapMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(AccessPolicies.ReadMetrics);
}
