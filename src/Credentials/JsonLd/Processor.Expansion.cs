namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>The expansion algorithm (JSON-LD 1.1 API, 5.1.2) and value expansion (5.3.2).</summary>
internal sealed partial class Processor
{
    public object? Expand(ActiveContext active, string? activeProperty, object? element, string? baseUrl, bool fromMap = false)
    {
        if (element is null)
        {
            return null;
        }
        var propertyDef = active.Term(activeProperty);
        if (Json.IsScalar(element))
        {
            if (activeProperty is null or "@graph")
            {
                return null;
            }
            if (propertyDef is { HasContext: true })
            {
                active = ProcessContext(active, propertyDef.Context, propertyDef.BaseUrl);
            }
            return ExpandValue(active, activeProperty, element);
        }
        if (element is List<object?> array)
        {
            var result = new List<object?>();
            foreach (var item in array)
            {
                var expanded = Expand(active, activeProperty, item, baseUrl, fromMap);
                if (propertyDef is not null && propertyDef.Has("@list") && expanded is List<object?> nested)
                {
                    expanded = new Dictionary<string, object?> { ["@list"] = nested };
                }
                if (expanded is List<object?> many)
                {
                    result.AddRange(many);
                }
                else if (expanded is not null)
                {
                    result.Add(expanded);
                }
            }
            return result;
        }
        var map = (Dictionary<string, object?>)element;
        if (active.Previous is not null && !fromMap && !KeepsContext(active, map))
        {
            active = active.Previous;
        }
        if (propertyDef is { HasContext: true })
        {
            active = ProcessContext(active, propertyDef.Context, propertyDef.BaseUrl, overrideProtected: true);
        }
        if (map.TryGetValue("@context", out var local))
        {
            active = ProcessContext(active, local, baseUrl);
        }
        var typeScoped = active;
        string? inputType = null;
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            if (ExpandIri(active, key, false, true) != "@type")
            {
                continue;
            }
            var types = Json.AsList(map[key]).OfType<string>().Order(StringComparer.Ordinal).ToList();
            foreach (var t in types)
            {
                if (typeScoped.Term(t) is { HasContext: true } typeDef)
                {
                    active = ProcessContext(active, typeDef.Context, typeDef.BaseUrl, propagate: false);
                }
            }
            if (inputType is null && Json.AsList(map[key]).LastOrDefault() is string last)
            {
                inputType = ExpandIri(active, last, false, true);
            }
        }
        var output = new Dictionary<string, object?>(StringComparer.Ordinal);
        var nests = new SortedSet<string>(StringComparer.Ordinal);
        ExpandEntries(active, typeScoped, activeProperty, map, baseUrl, inputType, output, nests);
        return Finish(activeProperty, output);
    }

    private bool KeepsContext(ActiveContext active, Dictionary<string, object?> map)
    {
        var expanded = map.Keys.Select(k => ExpandIri(active, k, false, true)).ToList();
        return expanded.Contains("@value") || (expanded.Count == 1 && expanded[0] == "@id");
    }

    private static object? Finish(string? activeProperty, Dictionary<string, object?> result)
    {
        if (result.TryGetValue("@value", out var value))
        {
            if (result.Keys.Any(k => k is not ("@direction" or "@index" or "@language" or "@type" or "@value"))
                || (result.ContainsKey("@type") && (result.ContainsKey("@language") || result.ContainsKey("@direction"))))
            {
                throw new JsonLdException("invalid value object", "A value object has entries it cannot have.");
            }
            var type = result.GetValueOrDefault("@type");
            if (type is "@json")
            {
                type = null;
            }
            else if (value is null || (value is List<object?> { Count: 0 }))
            {
                return null;
            }
            else if (value is not string && result.ContainsKey("@language"))
            {
                throw new JsonLdException("invalid language-tagged value", "Only strings can have a language.");
            }
            else if (type is not null && (type is not string ts || !Iri.IsWellFormed(ts)))
            {
                throw new JsonLdException("invalid typed value", "A value's type must be an IRI.");
            }
        }
        else if (result.TryGetValue("@type", out var types) && types is not List<object?>)
        {
            result["@type"] = new List<object?> { types };
        }
        else if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
            {
                throw new JsonLdException("invalid set or list object", "A set or list object can only carry @index beside it.");
            }
            if (result.TryGetValue("@set", out var set))
            {
                return set;
            }
        }
        if (result.Count == 1 && (result.ContainsKey("@language") || (result.TryGetValue("@id", out var id) && id is null)))
        {
            return null;
        }
        if (activeProperty is null or "@graph"
            && (result.Count == 0 || result.ContainsKey("@value") || result.ContainsKey("@list") || (result.Count == 1 && result.ContainsKey("@id"))))
        {
            return null;
        }
        return result;
    }

    public object ExpandValue(ActiveContext active, string? activeProperty, object value)
    {
        var def = active.Term(activeProperty);
        if (def?.Type == "@id" && value is string id)
        {
            return new Dictionary<string, object?> { ["@id"] = ExpandIri(active, id, true) };
        }
        if (def?.Type == "@vocab" && value is string vocabId)
        {
            return new Dictionary<string, object?> { ["@id"] = ExpandIri(active, vocabId, true, true) };
        }
        var result = new Dictionary<string, object?> { ["@value"] = value };
        if (def?.Type is { } type and not ("@id" or "@vocab" or "@none"))
        {
            result["@type"] = type;
        }
        else if (value is string)
        {
            var language = def is { HasLanguage: true } ? def.Language : active.Language;
            var direction = def is { HasDirection: true } ? def.Direction : active.Direction;
            if (language is not null)
            {
                result["@language"] = language;
            }
            if (direction is not null)
            {
                result["@direction"] = direction;
            }
        }
        return result;
    }
}
