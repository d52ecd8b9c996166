using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace ChallengeHub.Silo.Access;

public static class AccessSetup
{
    /// <summary>Picks the cookie (browsers) or the bearer token (tools, scripts) a request carries.</summary>
    public const string Scheme = "ChallengeHub";

    /// <summary>A session on a shared tablet ends after this long without a request.</summary>
    public static readonly TimeSpan PupilIdleTimeout = TimeSpan.FromMinutes(20);

    /// <summary>A staff session in the browser ends after this long without a request.</summary>
    public static readonly TimeSpan StaffIdleTimeout = TimeSpan.FromHours(12);

    /// <summary>
    /// Cookie sessions for browsers and bearer tokens for tools, both signed with a key ring kept in <paramref name="storage"/>;
    /// resource-based policies checked against the grains; antiforgery for cookie requests; rate limits; optional OpenID Connect.
    /// </summary>
    public static void AddChallengeHubAccess(this WebApplicationBuilder builder, StorageAccount storage)
    {
        var services = builder.Services;
        var cookiePolicy = CookiePolicy(builder.AddSettings<AccessSettings>("Access"), builder.Environment);

        services.AddDataProtection().SetApplicationName("ChallengeHub");
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new TableXmlRepository(storage.Tables));

        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || IsHubWithToken(context.Request)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "challengehub.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = cookiePolicy;
                options.ExpireTimeSpan = StaffIdleTimeout;
                options.SlidingExpiration = true;

                // An API answers 401 and 403; it never redirects to a sign-in page.
                options.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromHours(12);
                options.Events.OnMessageReceived = context =>
                {
                    // Browsers cannot set headers on a WebSocket: the hub client sends its token in the query string.
                    if (IsHubWithToken(context.Request))
                    {
                        context.Token = context.Request.Query["access_token"];
                    }

                    return Task.CompletedTask;
                };
            });
        OpenIdConnectSetup.AddIfConfigured(builder, authentication, cookiePolicy);

        services.AddAuthorization(AccessPolicies.Add);
        services.AddSingleton<ChallengeRelations>();
        services.AddSingleton<IAuthorizationHandler, AccessHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusalLogging>();
        services.AddScoped<CheckedCaller>();
        services.AddTransient<IClaimsTransformation, SessionValidation>();
        services.AddAntiforgery(options =>
        {
            options.HeaderName = CookieAntiforgery.HeaderName;
            options.Cookie.Name = "challengehub.csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = cookiePolicy;
        });
        builder.AddRateLimits();
    }

    /// <summary>Cookies only over HTTPS, except in Development unless <c>Access:SecureCookies</c> says otherwise.</summary>
    private static CookieSecurePolicy CookiePolicy(AccessSettings access, IHostEnvironment environment) =>
        (access.SecureCookies ?? !environment.IsDevelopment()) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static void UseChallengeHubAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<CookieAntiforgery>();
        app.UseMiddleware<HubOriginCheck>();
    }

    private static bool IsHubWithToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/hubs") && request.Query.ContainsKey("access_token");

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
