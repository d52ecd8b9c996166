using System.Security.Cryptography;
using System.Text;
using ChallengeHub.Silo.Badges.Credentials;
using Microsoft.Net.Http.Headers;

namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// The headers every response carries: a strict Content-Security-Policy (the pages load their scripts and styles from this
/// origin only and run no inline script), no MIME sniffing, no framing, no referrer to other sites, no caching of API
/// answers (they carry pupils' data, sessions and tokens), and HSTS outside Development.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Images also from <c>blob:</c> (a photo's preview before upload) and <c>data:</c> (an invite's QR code); <c>connect-src
    /// 'self'</c> covers the hub's WebSocket on the same host. The server-rendered badge and milestone pages are allowed
    /// their one inline style block by its hash, not by <c>'unsafe-inline'</c>.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; " +
        $"style-src 'self' {Hash(VerificationPage.Style)} {Hash(EvidencePages.Style)}; " +
        "img-src 'self' blob: data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            // Set as the answer starts, so that an error page written after the headers were cleared carries them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                if (context.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey(HeaderNames.CacheControl))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static string Hash(string inlineStyle) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inlineStyle)))}'";
}
