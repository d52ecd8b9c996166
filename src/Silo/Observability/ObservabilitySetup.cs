using System.Diagnostics;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Access;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChallengeHub.Silo.Observability;

/// <summary>
/// OpenTelemetry metrics (<see cref="Telemetry"/> names what is collected) on a Prometheus scrape endpoint, and traces and
/// metrics exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (traces are recorded only then); a
/// correlation id on every request.
/// </summary>
public static class ObservabilitySetup
{
    /// <summary>The response header that carries the request's correlation id (its trace id), which every log line of the request carries too.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    public const string MetricsPath = "/metrics";

    public static void AddChallengeHubTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WallFeedBacklog>();
        builder.Services.AddSingleton<Telemetry>();

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("ChallengeHub"))
            .WithMetrics(metrics => metrics
                .AddMeter(Telemetry.Meters)
                .AddPrometheusExporter());
        if (!builder.Configuration.ExportsTraces())
        {
            return;
        }

        // Spans are recorded only when they leave the process: recording a span for every request, grain call and table call
        // with no collector to send it to cost several per cent of the Silo's CPU per milestone. The correlation id does not
        // depend on it (ASP.NET Core starts each request's activity for its own logging either way).
        // The Azure SDK emits spans for its table and blob calls only when switched on.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        telemetry
            .WithTracing(tracing => tracing
                .AddSource(Telemetry.ActivitySources)
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments(MetricsPath))
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
    }

    /// <summary>True when an OpenTelemetry collector is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>): traces go there.</summary>
    public static bool ExportsTraces(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

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
