using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.JsonLd;

namespace ChallengeHub.LinkedData.Tests.W3C;

/// <summary>Serves the suite's own context files for the suite's base URL, so no test reaches the network.</summary>
internal sealed class SuiteContexts(string suiteRoot) : IContextLoader
{
    public const string BaseUrl = "https://w3c.github.io/json-ld-api/tests/";

    public JsonNode? Load(string url)
    {
        if (!url.StartsWith(BaseUrl, StringComparison.Ordinal))
        {
            return null;
        }
        var path = Path.Combine(suiteRoot, url[BaseUrl.Length..]);
        return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
    }
}
