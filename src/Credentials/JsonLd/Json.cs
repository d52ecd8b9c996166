using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>
/// The plain object model the algorithms work on: <see cref="Dictionary{TKey, TValue}"/> for maps,
/// <see cref="List{T}"/> for arrays, string, double, bool and null. Nodes can be shared freely, unlike JsonNode.
/// </summary>
internal static class Json
{
    public static object? From(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => From(p.Value), StringComparer.Ordinal),
        JsonArray a => a.Select(From).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => v.GetValue<double>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };

    public static JsonNode? To(object? value) => value switch
    {
        null => null,
        Dictionary<string, object?> map => new JsonObject(map.Select(p => KeyValuePair.Create(p.Key, To(p.Value)))),
        List<object?> list => new JsonArray([.. list.Select(To)]),
        string s => JsonValue.Create(s),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        _ => throw new ArgumentException($"Not a JSON value: {value.GetType()}", nameof(value)),
    };

    public static bool IsMap(object? v) => v is Dictionary<string, object?>;

    public static bool IsScalar(object? v) => v is string or double or bool;

    public static List<object?> AsList(object? v) => v is List<object?> l ? l : [v];

    public static bool DeepEquals(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (Dictionary<string, object?> x, Dictionary<string, object?> y) =>
            x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var other) && DeepEquals(p.Value, other)),
        (List<object?> x, List<object?> y) => x.Count == y.Count && x.Zip(y).All(p => DeepEquals(p.First, p.Second)),
        _ => Equals(a, b),
    };

    public static void Add(Dictionary<string, object?> map, string key, object? value, bool asArray = true, bool unique = false)
    {
        if (value is List<object?> values)
        {
            if (!map.ContainsKey(key) && asArray)
            {
                map[key] = new List<object?>();
            }
            foreach (var v in values)
            {
                Add(map, key, v, asArray, unique);
            }
            return;
        }
        if (!map.TryGetValue(key, out var existing))
        {
            map[key] = asArray ? new List<object?> { value } : value;
            return;
        }
        var list = existing as List<object?> ?? [existing];
        map[key] = list;
        if (!unique || !list.Any(x => DeepEquals(x, value)))
        {
            list.Add(value);
        }
    }
}
