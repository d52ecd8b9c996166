using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChallengeHub.Silo.Tests;

/// <summary>Finds the property names in a JSON document that speak of merit: ChallengeHub's responses must have none.</summary>
public static partial class MeritFields
{
    private static readonly string[] MeritWords = ["rank", "position", "winner", "top", "score", "place", "total", "fastest", "leaderboard"];

    /// <summary>Every property name in the document that contains a merit word as one of its camelCase parts.</summary>
    public static List<string> In(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(p => (IsMerit(p.Name) ? [p.Name] : Array.Empty<string>()).Concat(In(p.Value)))],
        JsonValueKind.Array => [.. element.EnumerateArray().SelectMany(In)],
        _ => [],
    };

    private static bool IsMerit(string name) =>
        CamelParts().Split(name).Any(part => MeritWords.Contains(part, StringComparer.OrdinalIgnoreCase));

    [GeneratedRegex("(?<!^)(?=[A-Z])")]
    private static partial Regex CamelParts();
}
