using System.Net;
using System.Text.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Milestones;

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

    /// <summary>The request records carry their limits, so a client reads them from the schema instead of copying numbers.</summary>
    [Fact]
    public async Task TheOpenApiDocumentCarriesTheLimitsOfTheRequests()
    {
        using var http = silo.CreateClient();

        using var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        JsonElement Property(string schema, string property) => schemas.GetProperty(schema).GetProperty("properties").GetProperty(property);
        Assert.Equal(MilestoneLogGrain.MaxTitleLength, Property("LogMilestoneRequest", "title").GetProperty("maxLength").GetInt32());
        Assert.Equal(MilestoneLogGrain.MaxStoryLength, Property("LogMilestoneRequest", "story").GetProperty("maxLength").GetInt32());
        Assert.Equal(MilestoneLogGrain.MaxLinkedPhotos, Property("LogMilestoneRequest", "photoIds").GetProperty("maxItems").GetInt32());
        Assert.Equal(1, Property("NewOrderRequest", "quantity").GetProperty("minimum").GetInt32());
        Assert.Equal(1000, Property("NewOrderRequest", "quantity").GetProperty("maximum").GetInt32());
        Assert.Equal(CompetenceProfileGrain.MaxFeedbackLength, Property("AwardBadgeRequest", "shown").GetProperty("maxLength").GetInt32());
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
