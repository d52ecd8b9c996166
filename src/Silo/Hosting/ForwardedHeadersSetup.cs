using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// Behind a reverse proxy (a school's or the venue's), <c>ForwardedHeaders:KnownProxies</c> lists the proxies' addresses:
/// their <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are then believed, so that rate limits, the audit trail and
/// the metrics endpoint see the real client. Without the setting no forwarded header is believed.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static void AddForwardedHeaders(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Only the proxies named: the defaults would trust any caller on loopback.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies holds '{proxy}', which is not an IP address."));
            }
        });
    }

    public static void UseForwardedHeadersFromKnownProxies(this WebApplication app)
    {
        if (app.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() is { Length: > 0 })
        {
            app.UseForwardedHeaders();
        }
    }
}
