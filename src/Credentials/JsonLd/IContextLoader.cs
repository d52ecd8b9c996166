using System.Text.Json.Nodes;

namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>Gives the JSON-LD document behind a context URL; never fetches from the network in ChallengeHub.</summary>
public interface IContextLoader
{
    /// <summary>The document at <paramref name="url"/>, or null when it is unknown.</summary>
    JsonNode? Load(string url);
}

/// <summary>
/// The contexts ChallengeHub credentials use, vendored as embedded resources (VCDM 2.0, Open Badges 3.0.3 and its
/// extensions, CLR 2.0, Bitstring Status List, Data Integrity, Multikey). Any other URL is unknown.
/// </summary>
public sealed class VendoredContexts : IContextLoader
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["https://www.w3.org/ns/credentials/v2"] = "credentials-v2.jsonld",
        ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"] = "ob-context-3.0.3.jsonld",
        ["https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"] = "ob-extensions.jsonld",
        ["https://purl.imsglobal.org/spec/clr/v2p0/context.json"] = "clr-v2p0.jsonld",
        ["https://www.w3.org/ns/credentials/status/v1"] = "vc-bitstring-status-list-v1.jsonld",
        ["https://w3id.org/security/data-integrity/v2"] = "data-integrity-v2.jsonld",
        ["https://w3id.org/security/multikey/v1"] = "multikey-v1.jsonld",
    };

    private static readonly Lazy<Dictionary<string, JsonNode>> Documents = new(() => Files.ToDictionary(
        p => p.Key,
        p =>
        {
            using var stream = typeof(VendoredContexts).Assembly.GetManifestResourceStream("Contexts/" + p.Value)
                ?? throw new InvalidOperationException($"Context resource {p.Value} is missing.");
            return JsonNode.Parse(stream)!;
        },
        StringComparer.Ordinal));

    /// <summary>The context URLs that can be used.</summary>
    public static IEnumerable<string> Urls => Files.Keys;

    public JsonNode? Load(string url) => Documents.Value.TryGetValue(url, out var doc) ? doc : null;
}
