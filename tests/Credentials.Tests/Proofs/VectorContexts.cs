using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.JsonLd;

namespace ChallengeHub.LinkedData.Tests.Proofs;

/// <summary>The vendored contexts plus the examples context the W3C test vector uses.</summary>
internal sealed class VectorContexts : IContextLoader
{
    private static readonly VendoredContexts Vendored = new();

    public static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "vc-di-eddsa", file));

    public JsonNode? Load(string url) => url == "https://www.w3.org/ns/credentials/examples/v2"
        ? JsonNode.Parse(Read("examples-v2.jsonld"))
        : Vendored.Load(url);
}
