using Microsoft.AspNetCore.Authentication;

namespace ChallengeHub.Silo.Access;

/// <summary>Staff sign-in through an external OpenID Connect provider, when <c>Authentication:OpenIdConnect:Authority</c> is set.</summary>
public static class OpenIdConnectSetup
{
    public static void AddIfConfigured(WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
    }
}
