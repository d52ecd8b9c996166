using System.Text.Json.Nodes;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>OB 3.0 asks that a credential omit a property rather than carry <c>null</c> or an empty array.</summary>
public static class JsonCompaction
{
    /// <summary>Removes, at every depth, properties whose value is <c>null</c> or an empty array; returns <paramref name="json"/>.</summary>
    public static JsonObject WithoutEmpty(JsonObject json)
    {
        Compact(json);
        return json;
    }

    private static void Compact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToArray())
                {
                    Compact(value);
                    if (value is null || value is JsonArray { Count: 0 })
                    {
                        obj.Remove(name);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Compact(item);
                }

                break;
        }
    }
}
