using System.Net;
using System.Text.Json;

namespace ChallengeHub.Silo.Tests.Hosting;

public sealed class HostTests(SiloFixture silo)
{
    [Fact]
    public async Task HealthIsOkWhileStorageAnswers()
    {
        using var http = silo.CreateClient();

        using var response = await http.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesThePublicRoutes()
    {
        using var http = silo.CreateClient();

        using var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/challenges", paths);
        Assert.Contains("/api/challenges/{challengeId}/teams/{teamId}/milestones", paths);
        Assert.Contains("/api/challenges/{challengeId}/teams/{teamId}/badges", paths);
        Assert.Contains("/api/challenges/{challengeId}/wall", paths);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/wall.html")]
    [InlineData("/tablet.html")]
    public async Task TheClientPagesAreServed(string path)
    {
        using var http = silo.CreateClient();

        using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
