using System.Reflection;
using System.Text.Json.Nodes;

namespace ChallengeHub.Silo.Tests.Hosting;

/// <summary>
/// The Silo's build writes its OpenAPI document over the client's copy (src/Client/openapi/challengehub.json) and the
/// client's types are generated from it. This test holds that copy to the document the running Silo serves: it fails when
/// the copy was not refreshed (a build with SkipClientBuild writes none) or when the build writes another document than
/// the Silo serves.
/// </summary>
public sealed class OpenApiContractTests(SiloFixture silo)
{
    [Fact]
    public async Task TheClientsCopyOfTheOpenApiDocumentIsTheOneTheSiloServes()
    {
        using var http = silo.CreateClient();
        var served = Comparable(await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var copyPath = Path.Combine(ClientDirectory(), "openapi", "challengehub.json");
        var copy = Comparable(await File.ReadAllTextAsync(copyPath, TestContext.Current.CancellationToken));

        Assert.True(
            JsonNode.DeepEquals(served, copy),
            $"{copyPath} differs from the Silo's /openapi/v1.json. Build the Silo without SkipClientBuild: it writes the document and regenerates src/Client/src/api/schema.ts.");
    }

    /// <summary>The document without its server address, which depends on where the host listens.</summary>
    private static JsonObject Comparable(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("servers");
        return document;
    }

    private static string ClientDirectory() =>
        typeof(OpenApiContractTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ClientDirectory").Value!;
}
