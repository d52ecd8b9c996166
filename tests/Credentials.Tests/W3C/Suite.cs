using System.Text.Json.Nodes;

namespace ChallengeHub.LinkedData.Tests.W3C;

/// <summary>Reads a vendored W3C test manifest beside the test assembly.</summary>
internal static class Suite
{
    public static string Root(string suite) => Path.Combine(AppContext.BaseDirectory, "W3C", suite);

    public static string Read(string suite, string relative) => File.ReadAllText(Path.Combine(Root(suite), relative));

    public static IEnumerable<JsonObject> Entries(string suite, string manifest, string listKey)
    {
        var root = JsonNode.Parse(Read(suite, manifest))!.AsObject();
        return root[listKey]!.AsArray().Select(e => e!.AsObject());
    }

    public static bool HasType(JsonObject entry, string type) =>
        entry["type"] is JsonValue v ? v.GetValue<string>() == type
        : entry["@type"] is JsonArray a && a.Any(t => t!.GetValue<string>() == type);
}
