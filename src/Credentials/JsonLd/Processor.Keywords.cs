namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>Expansion step 13.4: entries whose key expands to a keyword.</summary>
internal sealed partial class Processor
{
    private void ExpandKeyword(
        ActiveContext active, ActiveContext typeScoped, string? activeProperty, string key, string property, object? value,
        string? baseUrl, string? inputType, Dictionary<string, object?> result, SortedSet<string> nests)
    {
        if (activeProperty == "@reverse")
        {
            throw new JsonLdException("invalid reverse property map", "A reverse map cannot hold keywords.");
        }
        if (result.ContainsKey(property) && property is not ("@included" or "@type"))
        {
            throw new JsonLdException("colliding keywords", $"{property} appears twice.");
        }
        object? expanded;
        switch (property)
        {
            case "@id":
                expanded = value is string id
                    ? ExpandIri(active, id, true)
                    : throw new JsonLdException("invalid @id value", "@id must be a string.");
                break;
            case "@type":
                if (value is not string && (value is not List<object?> typeList || typeList.Any(t => t is not string)))
                {
                    throw new JsonLdException("invalid type value", "@type must be a string or an array of strings.");
                }
                expanded = value is string single
                    ? ExpandIri(typeScoped, single, true, true)
                    : ((List<object?>)value).Select(t => (object?)ExpandIri(typeScoped, (string)t!, true, true)).ToList();
                if (safeMode && Json.AsList(expanded).Any(t => t is not string s || (!Iri.IsAbsolute(s) && !Iri.IsBlank(s) && s != "@json")))
                {
                    throw new JsonLdException("undefined term", $"A type in '{key}' is not defined by any context (safe mode).");
                }
                if (result.TryGetValue("@type", out var existing))
                {
                    var merged = Json.AsList(existing).ToList();
                    merged.AddRange(Json.AsList(expanded));
                    expanded = merged;
                }
                break;
            case "@graph":
                expanded = Json.AsList(Expand(active, "@graph", value, baseUrl));
                break;
            case "@included":
                var included = Json.AsList(Expand(active, null, value, baseUrl));
                if (included.Any(i => i is not Dictionary<string, object?> node || node.ContainsKey("@value") || node.ContainsKey("@list") || node.ContainsKey("@set")))
                {
                    throw new JsonLdException("invalid @included value", "@included holds node objects.");
                }
                if (result.TryGetValue("@included", out var before))
                {
                    included.InsertRange(0, Json.AsList(before));
                }
                expanded = included;
                break;
            case "@value":
                if (inputType == "@json")
                {
                    result["@value"] = value;
                    return;
                }
                if (value is not null && !Json.IsScalar(value))
                {
                    throw new JsonLdException("invalid value object value", "@value must be a string, number, boolean or null.");
                }
                result["@value"] = value;
                return;
            case "@language":
                expanded = value is string language
                    ? language.ToLowerInvariant()
                    : throw new JsonLdException("invalid language-tagged string", "@language must be a string.");
                break;
            case "@direction":
                expanded = value is "ltr" or "rtl" ? value : throw new JsonLdException("invalid base direction", "@direction must be ltr or rtl.");
                break;
            case "@index":
                expanded = value is string ? value : throw new JsonLdException("invalid @index value", "@index must be a string.");
                break;
            case "@list":
                if (activeProperty is null or "@graph")
                {
                    return;
                }
                expanded = Json.AsList(Expand(active, activeProperty, value, baseUrl));
                break;
            case "@set":
                expanded = Expand(active, activeProperty, value, baseUrl);
                break;
            case "@reverse":
                ExpandReverse(active, value, baseUrl, result);
                return;
            case "@nest":
                nests.Add(key);
                return;
            default:
                return;
        }
        if (expanded is not null || property is "@value" or "@id")
        {
            result[property] = expanded;
        }
    }

    private void ExpandReverse(ActiveContext active, object? value, string? baseUrl, Dictionary<string, object?> result)
    {
        if (value is not Dictionary<string, object?>)
        {
            throw new JsonLdException("invalid @reverse value", "@reverse must be a map.");
        }
        var expanded = Expand(active, "@reverse", value, baseUrl) as Dictionary<string, object?> ?? [];
        if (expanded.TryGetValue("@reverse", out var doubled) && doubled is Dictionary<string, object?> forward)
        {
            foreach (var (p, items) in forward)
            {
                Json.Add(result, p, items);
            }
        }
        if (expanded.Keys.Any(k => k != "@reverse"))
        {
            if (!result.TryGetValue("@reverse", out var rm) || rm is not Dictionary<string, object?> reverseMap)
            {
                result["@reverse"] = reverseMap = new Dictionary<string, object?>(StringComparer.Ordinal);
            }
            foreach (var (p, items) in expanded.Where(e => e.Key != "@reverse"))
            {
                foreach (var item in Json.AsList(items))
                {
                    if (item is Dictionary<string, object?> im && (im.ContainsKey("@value") || im.ContainsKey("@list")))
                    {
                        throw new JsonLdException("invalid reverse property value", "A reverse property cannot take a value or a list.");
                    }
                    Json.Add(reverseMap, p, item);
                }
            }
        }
    }
}
