namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>Create Term Definition, steps 19-25: container, index, scoped context, language, direction, nest, prefix.</summary>
internal sealed partial class Processor
{
    private TermDefinition Details(
        ActiveContext active, Dictionary<string, object?> map, string term, TermDefinition def, string? baseUrl, List<string> remote)
    {
        if (map.TryGetValue("@container", out var container))
        {
            var list = Json.AsList(container);
            if (list.Any(c => c is not string s || !Containers.Contains(s)) || !ValidContainer(list.Cast<string>().ToList()))
            {
                throw new JsonLdException("invalid container mapping", $"The container of {term} is not allowed.");
            }
            def = def with { Container = list.Cast<string>().ToList() };
            if (def.Has("@type"))
            {
                if (def.Type is null)
                {
                    def = def with { Type = "@id" };
                }
                else if (def.Type is not ("@id" or "@vocab"))
                {
                    throw new JsonLdException("invalid type mapping", $"A type map term ({term}) must have @type @id or @vocab.");
                }
            }
        }
        if (map.TryGetValue("@index", out var index))
        {
            if (!def.Has("@index") || index is not string ix || IsKeyword(ix) || !Iri.IsAbsolute(ExpandIri(active, ix, false, true)))
            {
                throw new JsonLdException("invalid term definition", $"The @index of {term} is not usable.");
            }
            def = def with { Index = ix };
        }
        if (map.TryGetValue("@context", out var scoped))
        {
            try
            {
                ProcessContext(active, scoped, baseUrl, [.. remote], overrideProtected: true, validateScoped: false);
            }
            catch (JsonLdException e)
            {
                throw new JsonLdException("invalid scoped context", $"The scoped context of {term} is invalid: {e.Message}");
            }
            def = def with { Context = scoped, HasContext = true, BaseUrl = baseUrl };
        }
        if (map.TryGetValue("@language", out var language) && !map.ContainsKey("@type"))
        {
            def = def with
            {
                HasLanguage = true,
                Language = language switch
                {
                    null => null,
                    string s => s.ToLowerInvariant(),
                    _ => throw new JsonLdException("invalid language mapping", $"The @language of {term} must be a string or null."),
                },
            };
        }
        if (map.TryGetValue("@direction", out var direction) && !map.ContainsKey("@type"))
        {
            def = def with
            {
                HasDirection = true,
                Direction = direction is null or "ltr" or "rtl"
                    ? (string?)direction
                    : throw new JsonLdException("invalid base direction", $"The @direction of {term} must be ltr, rtl or null."),
            };
        }
        if (map.TryGetValue("@nest", out var nest))
        {
            if (nest is not string ns || (IsKeyword(ns) && ns != "@nest"))
            {
                throw new JsonLdException("invalid @nest value", $"The @nest of {term} must be a term.");
            }
            def = def with { Nest = ns };
        }
        if (map.TryGetValue("@prefix", out var prefix))
        {
            if (term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw new JsonLdException("invalid term definition", $"{term} looks like an IRI and cannot be a prefix.");
            }
            if (prefix is not bool pb)
            {
                throw new JsonLdException("invalid @prefix value", $"The @prefix of {term} must be true or false.");
            }
            if (pb && IsKeyword(def.Iri))
            {
                throw new JsonLdException("invalid term definition", $"{term} maps to a keyword and cannot be a prefix.");
            }
            def = def with { Prefix = pb };
        }
        return def;
    }

    private static bool ValidContainer(List<string> c)
    {
        if (c.Count == 1)
        {
            return true;
        }
        if (c.Contains("@list"))
        {
            return false;
        }
        if (c.Contains("@graph"))
        {
            return c.All(x => x is "@graph" or "@id" or "@index" or "@set") && !(c.Contains("@id") && c.Contains("@index"));
        }
        return c.Count == 2 && c.Contains("@set") && c.Any(x => x is "@index" or "@id" or "@type" or "@language");
    }
}
