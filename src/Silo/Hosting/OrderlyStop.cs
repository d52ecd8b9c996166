namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// The order in which the Silo stops, whatever asks it to (SIGTERM, Ctrl+C, <c>StopApplication</c>): from the moment
/// stopping begins, new requests get 503 with <c>Retry-After</c>; Kestrel then lets the requests in flight finish; Orleans
/// stops (grains deactivate and write); Azurite, when the Silo started it, stops last and saves.
/// </summary>
public static class OrderlyStop
{
    /// <summary>Room for requests in flight, Orleans' own stop (5-8 s) and Azurite's save, each bounded on its own.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(60);

    public static void AddOrderlyStop(this WebApplicationBuilder builder) =>
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);

    /// <summary>Refuses requests that arrive once stopping has begun; goes first, so that a refused request touches nothing.</summary>
    public static void UseOrderlyStop(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        app.Use(async (context, next) =>
        {
            if (!stopping.IsCancellationRequested)
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Unavailable.SetRetryAfter(context.Response);
            context.Response.Headers.Connection = "close";
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new() { HttpContext = context, ProblemDetails = Unavailable.Stopping() });
        });
    }
}
