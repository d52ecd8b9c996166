using System.Text.Json.Nodes;

namespace ChallengeHub.LinkedData.Tests.W3C;

/// <summary>
/// Which toRdf cases are in scope (see W3C/README.md): the processor implements JSON-LD 1.1 only, without
/// generalized RDF or the rdfDirection option, and the suite is vendored for its toRdf folder only.
/// </summary>
internal static class ToRdfScope
{
    public static bool InScope(JsonObject entry)
    {
        var option = entry["option"] as JsonObject;
        return option?["specVersion"]?.GetValue<string>() != "json-ld-1.0"
            && option?["processingMode"]?.GetValue<string>() != "json-ld-1.0"
            && option?["produceGeneralizedRdf"] is null
            && option?["rdfDirection"] is null
            && entry["input"]!.GetValue<string>().StartsWith("toRdf/", StringComparison.Ordinal);
    }
}
