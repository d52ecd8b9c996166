namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>Expansion step 13-14: each entry of a map, keywords first handled here, nested properties last.</summary>
internal sealed partial class Processor
{
    private void ExpandEntries(
        ActiveContext active, ActiveContext typeScoped, string? activeProperty, Dictionary<string, object?> element,
        string? baseUrl, string? inputType, Dictionary<string, object?> result, SortedSet<string> nests)
    {
        foreach (var (key, value) in element.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key == "@context")
            {
                continue;
            }
            var property = ExpandIri(active, key, false, true);
            if (property is null || (!property.Contains(':', StringComparison.Ordinal) && !IsKeyword(property)))
            {
                if (safeMode)
                {
                    throw new JsonLdException("undefined term", $"'{key}' is not defined by any context (safe mode).");
                }
                continue;
            }
            if (IsKeyword(property))
            {
                ExpandKeyword(active, typeScoped, activeProperty, key, property, value, baseUrl, inputType, result, nests);
                continue;
            }
            var def = active.Term(key);
            object? expanded;
            if (def?.Type == "@json")
            {
                expanded = new Dictionary<string, object?> { ["@value"] = value, ["@type"] = "@json" };
            }
            else if (def is not null && def.Has("@language") && value is Dictionary<string, object?> languageMap)
            {
                expanded = ExpandLanguageMap(active, def, languageMap);
            }
            else if (def is not null && (def.Has("@index") || def.Has("@type") || def.Has("@id")) && value is Dictionary<string, object?> indexMap)
            {
                expanded = ExpandIndexMap(active, key, def, indexMap, baseUrl);
            }
            else
            {
                expanded = Expand(active, key, value, baseUrl);
            }
            if (expanded is null)
            {
                continue;
            }
            if (def is not null && def.Has("@list") && !(expanded is Dictionary<string, object?> l && l.ContainsKey("@list")))
            {
                expanded = new Dictionary<string, object?> { ["@list"] = Json.AsList(expanded) };
            }
            if (def is not null && def.Has("@graph") && !def.Has("@id") && !def.Has("@index"))
            {
                expanded = Json.AsList(expanded).Select(ev => (object?)new Dictionary<string, object?> { ["@graph"] = Json.AsList(ev) }).ToList();
            }
            if (def is { Reverse: true })
            {
                if (!result.TryGetValue("@reverse", out var rm) || rm is not Dictionary<string, object?> reverseMap)
                {
                    result["@reverse"] = reverseMap = new Dictionary<string, object?>(StringComparer.Ordinal);
                }
                foreach (var item in Json.AsList(expanded))
                {
                    if (item is Dictionary<string, object?> im && (im.ContainsKey("@value") || im.ContainsKey("@list")))
                    {
                        throw new JsonLdException("invalid reverse property value", $"{key} is a reverse property and cannot take a value or a list.");
                    }
                    Json.Add(reverseMap, property, item);
                }
            }
            else
            {
                Json.Add(result, property, expanded);
            }
        }
        foreach (var nestKey in nests.ToList())
        {
            var nestContext = active.Term(nestKey) is { HasContext: true } nestDef
                ? ProcessContext(active, nestDef.Context, nestDef.BaseUrl, overrideProtected: true)
                : active;
            foreach (var nested in Json.AsList(element[nestKey]))
            {
                if (nested is not Dictionary<string, object?> nestedMap || nestedMap.Keys.Any(k => ExpandIri(nestContext, k, false, true) == "@value"))
                {
                    throw new JsonLdException("invalid @nest value", "A nested value must be a map without @value.");
                }
                ExpandEntries(nestContext, typeScoped, activeProperty, nestedMap, baseUrl, inputType, result, new SortedSet<string>(StringComparer.Ordinal));
            }
        }
    }

    private List<object?> ExpandLanguageMap(ActiveContext active, TermDefinition def, Dictionary<string, object?> languageMap)
    {
        var list = new List<object?>();
        var direction = def.HasDirection ? def.Direction : active.Direction;
        foreach (var (language, languageValue) in languageMap.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var item in Json.AsList(languageValue))
            {
                if (item is null)
                {
                    continue;
                }
                if (item is not string text)
                {
                    throw new JsonLdException("invalid language map value", "A language map holds strings.");
                }
                var v = new Dictionary<string, object?> { ["@value"] = text };
                if (language != "@none" && ExpandIri(active, language, false, true) != "@none")
                {
                    v["@language"] = language.ToLowerInvariant();
                }
                if (direction is not null)
                {
                    v["@direction"] = direction;
                }
                list.Add(v);
            }
        }
        return list;
    }

    private List<object?> ExpandIndexMap(ActiveContext active, string key, TermDefinition def, Dictionary<string, object?> indexMap, string? baseUrl)
    {
        var list = new List<object?>();
        var indexKey = def.Index ?? "@index";
        foreach (var (index, indexValue) in indexMap.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var mapContext = def.Has("@id") || def.Has("@type") ? active.Previous ?? active : active;
            if (def.Has("@type") && mapContext.Term(index) is { HasContext: true } typeDef)
            {
                mapContext = ProcessContext(mapContext, typeDef.Context, typeDef.BaseUrl);
            }
            var expandedIndex = ExpandIri(active, index, false, true);
            var items = Json.AsList(Expand(mapContext, key, Json.AsList(indexValue), baseUrl, fromMap: true));
            foreach (var raw in items)
            {
                var item = (Dictionary<string, object?>)raw!;
                if (def.Has("@graph") && !IsGraphObject(item))
                {
                    item = new Dictionary<string, object?> { ["@graph"] = new List<object?> { item } };
                }
                if (def.Has("@index") && indexKey != "@index" && expandedIndex != "@none")
                {
                    var reExpanded = ExpandValue(active, indexKey, index);
                    var expandedIndexKey = ExpandIri(active, indexKey, false, true)!;
                    var values = new List<object?> { reExpanded };
                    values.AddRange(Json.AsList(item.GetValueOrDefault(expandedIndexKey)).Where(v => v is not null));
                    item[expandedIndexKey] = values;
                    if (item.ContainsKey("@value") && item.Count > 1)
                    {
                        throw new JsonLdException("invalid value object", "A property-valued index cannot apply to a value.");
                    }
                }
                else if (def.Has("@index") && !item.ContainsKey("@index") && expandedIndex != "@none")
                {
                    item["@index"] = index;
                }
                else if (def.Has("@id") && !item.ContainsKey("@id") && expandedIndex != "@none")
                {
                    item["@id"] = ExpandIri(active, index, true);
                }
                else if (def.Has("@type") && expandedIndex != "@none")
                {
                    var types = new List<object?> { expandedIndex };
                    types.AddRange(Json.AsList(item.GetValueOrDefault("@type")).Where(t => t is not null));
                    item["@type"] = types;
                }
                list.Add(item);
            }
        }
        return list;
    }

    private static bool IsGraphObject(Dictionary<string, object?> m) =>
        m.ContainsKey("@graph") && m.Keys.All(k => k is "@graph" or "@id" or "@index" or "@context");
}
