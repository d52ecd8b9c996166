using System.Net;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>No provider runs here: these tests check the wiring up to the redirect to the provider.</summary>
[Collection(FreshSiloGroup.Name)]
public sealed class OpenIdConnectTests(FreshSilo silo)
{
    [Fact]
    public async Task WithAProviderConfiguredItsSchemeIsRegistered()
    {
        var schemes = silo.Host.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        var scheme = await schemes.GetSchemeAsync("oidc");

        Assert.NotNull(scheme);
    }

    [Fact]
    public async Task StartingExternalSignInRedirectsToTheProviderWithPkceAndState()
    {
        using var browser = Session.Anonymous(silo.Host.BaseAddress);

        using var response = await browser.Http.GetAsync("/api/session/oidc?invite=ABCDEFGHJK&return=/organiser.html", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal($"{FreshSilo.Provider}/authorize", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(FreshSilo.ClientId, query["client_id"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.Equal(new Uri(silo.Host.BaseAddress, "/signin-oidc").ToString(), query["redirect_uri"].ToString());
        Assert.Contains("email", query["scope"].ToString().Split(' '));
        Assert.DoesNotContain("ABCDEFGHJK", location.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/organiser.html", "/organiser.html")]
    [InlineData("https://elders.example/valse-pagina", "/")]
    [InlineData("//elders.example/valse-pagina", "/")]
    [InlineData("/\\elders.example", "/")]
    [InlineData(null, "/")]
    public void AfterExternalSignInTheBrowserReturnsOnlyToAPageOfChallengeHub(string? returnTo, string expected)
    {
        var properties = OpenIdConnectSetup.StartProperties("ABCDEFGHJK", returnTo);

        Assert.Equal(expected, properties.RedirectUri);
    }
}
