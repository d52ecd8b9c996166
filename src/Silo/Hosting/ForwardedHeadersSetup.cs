using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

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
        var settings = builder.AddSettings<ForwardedHeadersSettings>("ForwardedHeaders");
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Only the proxies named: the defaults would trust any caller on loopback.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
    }

    public static void UseForwardedHeadersFromKnownProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }
    }
}
