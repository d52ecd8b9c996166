using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChallengeHub.Silo.Tests.Hosting;

/// <summary>
/// The browser client's types are generated in its build from its copy of the OpenAPI document
/// (src/Client/openapi/challengehub.json). This test holds that copy to the document the Silo serves, so a change of
/// the server's JSON reaches the client's type check instead of a browser at the event.
/// </summary>
public sealed class OpenApiContractTests(SiloFixture silo)
{
    /// <summary>Set to 1 to write the served document over the client's copy (then rebuild to regenerate the types).</summary>
    private const string UpdateVariable = "CHALLENGEHUB_UPDATE_OPENAPI";

    [Fact]
    public async Task TheClientsCopyOfTheOpenApiDocumentIsTheOneTheSiloServes()
    {
        using var http = silo.CreateClient();
        var served = Comparable(await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var copyPath = Path.Combine(ClientDirectory(), "openapi", "challengehub.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(copyPath, served.ToJsonString(Indented) + "\n", TestContext.Current.CancellationToken);
        }
        var copy = Comparable(await File.ReadAllTextAsync(copyPath, TestContext.Current.CancellationToken));

        Assert.True(
            JsonNode.DeepEquals(served, copy),
            $"{copyPath} differs from the Silo's /openapi/v1.json. Run this test with {UpdateVariable}=1 to refresh it, then build to regenerate src/Client/src/api/schema.ts.");
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
