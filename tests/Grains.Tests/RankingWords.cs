using System.Reflection;
using System.Text.RegularExpressions;

namespace ChallengeHub.Grains.Tests;

/// <summary>
/// Finds names that would turn a competence wall into a league table. Names are split into their PascalCase (or camelCase)
/// word parts and each part is compared whole, so <c>Story</c> or <c>Desktop</c> never counts as "top". The one list of
/// ranking words for both test projects: the Silo tests compile this file too, for the names in JSON responses.
/// </summary>
public static partial class RankingWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "rank", "ranks", "ranked", "ranking", "rankings",
        "position", "positions", "positioned",
        "winner", "winners",
        "top",
        "score", "scores", "scored", "scoring", "scoreboard",
        "place", "places", "placed", "placing", "placement",
        "leaderboard",
        "total", "totals",
        "fastest",
    };

    public static bool IsRankingName(string name) => WordPart().Matches(name).Any(part => Words.Contains(part.Value));

    /// <summary>The members of <paramref name="type"/> a client sees whose name speaks of ranking: properties, enum values and grain methods.</summary>
    public static IEnumerable<string> FindIn(Type type)
    {
        const BindingFlags Visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        IEnumerable<MemberInfo> members = type switch
        {
            { IsEnum: true } => type.GetFields(BindingFlags.Public | BindingFlags.Static),
            { IsInterface: true } => [.. type.GetProperties(Visible), .. type.GetMethods(Visible)],
            _ => type.GetProperties(Visible),
        };
        return members.Where(m => IsRankingName(m.Name)).Select(m => $"{type.Name}.{m.Name}");
    }

    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex WordPart();
}
