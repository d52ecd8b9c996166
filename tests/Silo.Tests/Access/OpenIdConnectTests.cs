using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>Staff sign-in at the <see cref="FakeOpenIdProvider"/>: the browser's side of the code flow is played by the test.</summary>
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
        Assert.Equal($"{silo.Provider.Issuer}/authorize", location.GetLeftPart(UriPartial.Path));
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

    [Fact]
    public async Task TheFirstSignInWithAnInviteCreatesTheInvitedAccountAndTheNextNeedsNone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var challengeId = Guid.NewGuid();
        var code = Secrets.NewCode(InviteGrain.CodeLength);
        await silo.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IInviteGrain>(code)
            .CreateAsync(challengeId, new CreateInviteRequest("juror"), Guid.NewGuid());
        var subject = Guid.NewGuid().ToString();
        var name = $"Jurylid {Guid.NewGuid():N}";

        using var first = await SignInAtProviderAsync(subject, name, $"?invite={code}&return=/jury.html");
        using var second = await SignInAtProviderAsync(subject, "Een nieuwe naam", string.Empty);

        Assert.Equal(HttpStatusCode.Redirect, first.Callback.StatusCode);
        Assert.Equal("/jury.html", first.Callback.Headers.Location!.OriginalString);
        var session = await first.Browser.Http.GetFromJsonAsync<SessionInfo>("/api/session", ApiClient.Json, cancellationToken);
        Assert.True(session!.SignedIn);
        Assert.Equal(("juror", name), (session.Role, session.DisplayName));
        Assert.Equal([challengeId], session.ChallengeIds!.Value);
        var again = await second.Browser.Http.GetFromJsonAsync<SessionInfo>("/api/session", ApiClient.Json, cancellationToken);
        Assert.Equal(session.AccountId, again!.AccountId);
    }

    [Fact]
    public async Task ASubjectNeverLinkedIsRefusedWithAClearProblem()
    {
        using var signIn = await SignInAtProviderAsync(Guid.NewGuid().ToString(), "Onbekende", string.Empty);

        var problem = await signIn.Callback.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("invite", problem.Detail, StringComparison.Ordinal);
        var session = await signIn.Browser.Http.GetFromJsonAsync<SessionInfo>("/api/session", ApiClient.Json, TestContext.Current.CancellationToken);
        Assert.False(session!.SignedIn);
    }

    /// <summary>What a browser does: start at the Silo, (sign in at the provider), come back to the Silo with a code.</summary>
    private async Task<ProviderSignIn> SignInAtProviderAsync(string subject, string name, string query)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var browser = Session.Anonymous(silo.Host.BaseAddress);
        using var start = await browser.Http.GetAsync($"/api/session/oidc{query}", cancellationToken);
        var authorize = QueryHelpers.ParseQuery(start.Headers.Location!.Query);
        var code = Guid.NewGuid().ToString("N");
        silo.Provider.Announce(code, subject, name, authorize["nonce"].ToString());

        var callback = await browser.Http.PostAsync(new Uri(authorize["redirect_uri"].ToString()),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = code, ["state"] = authorize["state"].ToString() }), cancellationToken);
        return new ProviderSignIn(browser, callback);
    }

    private sealed record ProviderSignIn(Session Browser, HttpResponseMessage Callback) : IDisposable
    {
        public void Dispose()
        {
            Callback.Dispose();
            Browser.Dispose();
        }
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
