using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Silo.Observability;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Hosting;

[Collection(ProxiedSiloGroup.Name)]
public sealed class ForwardedHeadersTests(ProxiedSilo silo)
{
    // An unknown name: wrong passphrases for a real account would lock it, which answers 429 too.
    private static readonly object WrongPassphrase = new { displayName = "Niemand van hier", passphrase = "niet de juiste zin" };

    [Fact]
    public async Task BehindTheKnownProxyTheSignInLimitCountsEachRealClientApart()
    {
        using var pupilsLaptop = silo.ThroughProxy("198.51.100.11");
        using var jurorsLaptop = silo.ThroughProxy("198.51.100.12");
        for (var attempt = 1; attempt <= ProxiedSilo.SignInsPerMinute; attempt++)
        {
            using var refused = await PostAsync(pupilsLaptop, WrongPassphrase);
            await refused.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var paused = await PostAsync(pupilsLaptop, WrongPassphrase);
        using var other = await PostAsync(jurorsLaptop, new { displayName = SiloHost.OrganiserName, passphrase = SiloHost.Passphrase });

        await paused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task AForwardedForHeaderFromACallerThatIsNotTheKnownProxyIsNotBelieved()
    {
        var impostor = Session.NewClientAddress();
        using var first = Session.Anonymous(silo.Host.BaseAddress, impostor);
        using var second = Session.Anonymous(silo.Host.BaseAddress, impostor);
        first.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.21");
        second.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.22");
        for (var attempt = 1; attempt <= ProxiedSilo.SignInsPerMinute; attempt++)
        {
            using var refused = await PostAsync(first.Http, WrongPassphrase);
            await refused.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var paused = await PostAsync(second.Http, WrongPassphrase);

        await paused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task MetricsAreForCallersOnThisMachineAndOrganisersButNotForTheAnonymousPublic()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var onThisMachine = silo.Host.CreateAnonymousClient();
        using var fromOutside = silo.ThroughProxy("203.0.113.9");
        using var organiserFromOutside = silo.ThroughProxy("203.0.113.10", silo.Host.OrganiserToken);

        using var local = await onThisMachine.GetAsync(ObservabilitySetup.MetricsPath, cancellationToken);
        using var refused = await fromOutside.GetAsync(ObservabilitySetup.MetricsPath, cancellationToken);
        using var organiser = await organiserFromOutside.GetAsync(ObservabilitySetup.MetricsPath, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", await local.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
        await refused.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, organiser.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, object body) =>
        http.PostAsJsonAsync("/api/session", body, ApiClient.Json, TestContext.Current.CancellationToken);
}
