using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Accounts;
using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChallengeHub.Silo.Access;

/// <summary>The <c>Authentication:OpenIdConnect</c> configuration section.</summary>
public sealed class OpenIdConnectSettings : IValidatableObject
{
    /// <summary>The provider's issuer address; its discovery document is read from <c>/.well-known/openid-configuration</c> below it.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Optional: public clients sign in with PKCE alone.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes beyond <c>openid</c> and <c>profile</c>.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>Whether staff can sign in through a provider at all.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && !Settings.IsHttpAddress(Authority))
        {
            yield return new("Authority must be an absolute http or https address.", [nameof(Authority)]);
        }

        if (IsConfigured && string.IsNullOrWhiteSpace(ClientId))
        {
            yield return new("ClientId is required when Authority is set.", [nameof(ClientId)]);
        }
    }
}

/// <summary>
/// Staff sign-in through an external OpenID Connect provider, when <c>Authentication:OpenIdConnect:Authority</c> is set:
/// authorization code flow with PKCE, the provider's subject mapped to a ChallengeHub account, and then the same cookie
/// session and claims as a sign-in with name and passphrase.
/// </summary>
public static class OpenIdConnectSetup
{
    public const string Scheme = "oidc";
    private const string InviteItem = "challengehub:invite";

    public static void AddIfConfigured(WebApplicationBuilder builder, AuthenticationBuilder authentication, CookieSecurePolicy cookiePolicy)
    {
        var settings = builder.AddSettings<OpenIdConnectSettings>("Authentication:OpenIdConnect");
        if (!settings.IsConfigured)
        {
            return;
        }

        authentication.AddOpenIdConnect(Scheme, "OpenID Connect", options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.MapInboundClaims = false;
            options.SaveTokens = false;

            // The provider's discovery document over plain HTTP only for a provider on the developer's own machine.
            options.RequireHttpsMetadata = !builder.Environment.IsDevelopment();

            // The provider posts back from its own site, so these cookies are cross-site (SameSite=None); like the session
            // cookie they are HTTPS-only outside Development.
            options.CorrelationCookie.SecurePolicy = options.NonceCookie.SecurePolicy = cookiePolicy;
            foreach (var scope in settings.Scopes)
            {
                options.Scope.Add(scope);
            }

            options.Events.OnTokenValidated = SignInAsAccountAsync;
            options.Events.OnRemoteFailure = RefuseAsync;
        });
    }

    /// <summary>Where <c>GET /api/session/oidc</c> sends the browser back to, and the invite to redeem on a first sign-in.</summary>
    public static AuthenticationProperties StartProperties(string? invite, string? returnTo)
    {
        // Only a path of this site: an open redirect would let a phishing link borrow ChallengeHub's address.
        var properties = new AuthenticationProperties { RedirectUri = ReturnAddress.LocalPath(returnTo) ?? "/" };
        if (!string.IsNullOrWhiteSpace(invite))
        {
            properties.Items[InviteItem] = invite.Trim();
        }

        return properties;
    }

    /// <summary>Replaces the provider's principal by the ChallengeHub caller's, so the rest of the app sees one kind of session.</summary>
    private static async Task SignInAsAccountAsync(TokenValidatedContext context)
    {
        var subject = context.Principal?.FindFirst("sub");
        var issuer = context.SecurityToken?.Issuer ?? subject?.Issuer;
        if (subject is null || string.IsNullOrEmpty(issuer))
        {
            context.Fail("The provider did not say who signed in.");
            return;
        }

        string? invite = null;
        context.Properties?.Items.TryGetValue(InviteItem, out invite);
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        try
        {
            var account = await grains.GetGrain<IExternalLoginGrain>(ExternalLogins.Key(issuer, subject.Value))
                .SignInAsync(invite, context.Principal!.FindFirstValue("name"));
            context.Principal = (SessionApi.ToCaller(account) with { SessionId = Guid.NewGuid() }).ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        catch (DomainException exception)
        {
            context.Fail(exception.Detail);
        }
    }

    /// <summary>An API answers with ProblemDetails, also at the end of a sign-in that did not work out.</summary>
    private static async Task RefuseAsync(RemoteFailureContext context)
    {
        context.HandleResponse();
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = context.HttpContext,
            ProblemDetails = ProblemTypes.SignInNotCompleted.ToProblem(
                context.Failure?.Message ?? "The sign-in at your organisation did not complete. Try again."),
        });
    }
}
