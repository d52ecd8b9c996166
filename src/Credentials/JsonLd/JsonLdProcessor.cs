using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.Rdf;

namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>Options for <see cref="JsonLdProcessor"/>.</summary>
/// <param name="Loader">Where context URLs are resolved; defaults to the vendored contexts.</param>
/// <param name="BaseIri">The document's base IRI; null for credentials, which carry absolute IRIs only.</param>
/// <param name="SafeMode">Refuse terms and types no context defines instead of dropping them silently.</param>
/// <param name="ExpandContext">A context applied before the document's own.</param>
public sealed record JsonLdOptions(IContextLoader? Loader = null, string? BaseIri = null, bool SafeMode = true, JsonNode? ExpandContext = null);

/// <summary>JSON-LD 1.1 expansion and deserialisation to RDF, for the features credential contexts use.</summary>
public static class JsonLdProcessor
{
    /// <summary>The expanded form of <paramref name="document"/>.</summary>
    public static JsonArray Expand(JsonNode document, JsonLdOptions? options = null) =>
        (JsonArray)Json.To(ExpandInternal(document, options ?? new JsonLdOptions()))!;

    /// <summary>The RDF dataset <paramref name="document"/> denotes.</summary>
    public static IReadOnlyList<Quad> ToRdf(JsonNode document, JsonLdOptions? options = null)
    {
        var expanded = ExpandInternal(document, options ?? new JsonLdOptions());
        var nodeMap = new NodeMap();
        nodeMap.Add(expanded);
        return RdfSerializer.ToQuads(nodeMap);
    }

    private static List<object?> ExpandInternal(JsonNode document, JsonLdOptions options)
    {
        var processor = new Processor(options.Loader ?? new VendoredContexts(), options.SafeMode);
        var active = new ActiveContext { BaseIri = options.BaseIri, OriginalBaseUrl = options.BaseIri };
        if (options.ExpandContext is not null)
        {
            var ctx = Json.From(options.ExpandContext);
            if (ctx is Dictionary<string, object?> m && m.TryGetValue("@context", out var inner))
            {
                ctx = inner;
            }
            active = processor.ProcessContext(active, ctx, options.BaseIri);
        }
        var expanded = processor.Expand(active, null, Json.From(document), options.BaseIri);
        if (expanded is Dictionary<string, object?> only && only.Count == 1 && only.TryGetValue("@graph", out var graph))
        {
            expanded = graph;
        }
        return expanded is null ? [] : Json.AsList(expanded);
    }
}
