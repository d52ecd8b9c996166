using System.Text.Json;
using ChallengeHub.Grains.Tests;

namespace ChallengeHub.Silo.Tests;

/// <summary>Finds the property names in a JSON document that speak of merit: ChallengeHub's responses must have none.</summary>
public static class MeritFields
{
    /// <summary>Every property name in the document that contains a merit word as one of its camelCase parts.</summary>
    public static List<string> In(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(p => (RankingWords.IsRankingName(p.Name) ? [p.Name] : Array.Empty<string>()).Concat(In(p.Value)))],
        JsonValueKind.Array => [.. element.EnumerateArray().SelectMany(In)],
        _ => [],
    };
}
