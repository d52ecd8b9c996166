using System.Net;
using System.Net.Http.Json;

namespace ChallengeHub.Silo.Tests.Hosting;

public sealed class SecurityHeadersTests(SiloFixture silo)
{
    [Theory]
    [InlineData("/wall.html", HttpStatusCode.OK)]
    [InlineData("/api/challenges", HttpStatusCode.OK)]
    [InlineData("/api/challenges/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task EveryAnswerForbidsFramingSniffingInlineScriptsAndReferrersToOtherSites(string path, HttpStatusCode status)
    {
        using var http = silo.CreateAnonymousClient();

        using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("/api/session")]
    [InlineData("/api/challenges")]
    public async Task ApiAnswersAreNeverStoredByABrowserOrProxy(string path)
    {
        using var http = silo.CreateClient();

        using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} answered Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task ThePupilExportIsNeverStored()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Bewaarde Bouwers");
        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        var pupilId = (await organiser.GetFromJsonAsync<System.Text.Json.JsonElement[]>(
            $"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken))![0].GetProperty("id").GetGuid();

        using var export = await organiser.GetAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils/{pupilId}/export", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True(export.Headers.CacheControl?.NoStore);
    }
}
