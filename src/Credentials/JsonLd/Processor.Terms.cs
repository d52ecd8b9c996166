namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>Create Term Definition (JSON-LD 1.1 API, 4.1.2).</summary>
internal sealed partial class Processor
{
    private static readonly HashSet<string> TermEntries =
        ["@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type"];

    private static readonly HashSet<string> Containers = ["@graph", "@id", "@index", "@language", "@list", "@set", "@type"];

    private void CreateTerm(
        ActiveContext active, Dictionary<string, object?> local, string term, Dictionary<string, bool> defined,
        string? baseUrl, bool isProtected, bool overrideProtected, List<string> remote, bool validateScoped)
    {
        if (defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }
            throw new JsonLdException("cyclic IRI mapping", $"The term {term} is defined through itself.");
        }
        if (term.Length == 0)
        {
            throw new JsonLdException("invalid term definition", "The empty string is not a term.");
        }
        defined[term] = false;
        var value = local[term];
        if (term == "@type")
        {
            if (value is not Dictionary<string, object?> typeMap || typeMap.Count == 0
                || typeMap.Keys.Any(k => k is not ("@container" or "@protected"))
                || (typeMap.TryGetValue("@container", out var tc) && tc is not "@set"))
            {
                throw new JsonLdException("keyword redefinition", "@type can only be given @container @set and @protected.");
            }
        }
        else if (IsKeyword(term))
        {
            throw new JsonLdException("keyword redefinition", $"{term} is a keyword.");
        }
        else if (Iri.HasKeywordForm(term))
        {
            return;
        }
        var previous = active.Term(term);
        active.Terms.Remove(term);
        var simple = value is string;
        var map = value switch
        {
            null => new Dictionary<string, object?> { ["@id"] = null },
            string s => new Dictionary<string, object?> { ["@id"] = s },
            Dictionary<string, object?> d => d,
            _ => throw new JsonLdException("invalid term definition", $"The definition of {term} must be a string, a map or null."),
        };
        var def = new TermDefinition { Protected = isProtected };
        if (map.TryGetValue("@protected", out var prot))
        {
            def = def with { Protected = prot as bool? ?? throw new JsonLdException("invalid @protected value", "@protected must be true or false.") };
        }
        if (map.TryGetValue("@type", out var type))
        {
            var t = type is string ts ? ExpandIri(active, ts, false, true, local, defined) : null;
            if (t is not ("@id" or "@json" or "@none" or "@vocab") && !Iri.IsAbsolute(t))
            {
                throw new JsonLdException("invalid type mapping", $"The type of {term} is not an IRI.");
            }
            def = def with { Type = t };
        }
        if (map.TryGetValue("@reverse", out var reverse))
        {
            if (map.ContainsKey("@id") || map.ContainsKey("@nest"))
            {
                throw new JsonLdException("invalid reverse property", $"{term} has @reverse with @id or @nest.");
            }
            if (reverse is not string rs)
            {
                throw new JsonLdException("invalid IRI mapping", $"The @reverse of {term} must be a string.");
            }
            if (Iri.HasKeywordForm(rs))
            {
                return;
            }
            var ri = ExpandIri(active, rs, false, true, local, defined);
            if (!Iri.IsAbsolute(ri) && !Iri.IsBlank(ri))
            {
                throw new JsonLdException("invalid IRI mapping", $"The @reverse of {term} is not an IRI.");
            }
            def = def with { Iri = ri, Reverse = true };
            if (map.TryGetValue("@container", out var rc))
            {
                if (rc is not ("@set" or "@index" or null))
                {
                    throw new JsonLdException("invalid reverse property", $"{term} is a reverse property with a container other than @set or @index.");
                }
                def = def with { Container = rc is string rcs ? [rcs] : [] };
            }
            active.Terms[term] = def;
            defined[term] = true;
            return;
        }
        if (map.TryGetValue("@id", out var id) && id as string != term)
        {
            if (id is null)
            {
                def = def with { Iri = null };
            }
            else
            {
                if (id is not string ids)
                {
                    throw new JsonLdException("invalid IRI mapping", $"The @id of {term} must be a string.");
                }
                if (!IsKeyword(ids) && Iri.HasKeywordForm(ids))
                {
                    return;
                }
                var iri = ExpandIri(active, ids, false, true, local, defined);
                if (!IsKeyword(iri) && !Iri.IsAbsolute(iri) && !Iri.IsBlank(iri))
                {
                    throw new JsonLdException("invalid IRI mapping", $"The @id of {term} is not an IRI.");
                }
                if (iri == "@context")
                {
                    throw new JsonLdException("invalid keyword alias", "@context cannot be aliased.");
                }
                if (term.IndexOf(':', 1) is > 0 && term.IndexOf(':', 1) < term.Length - 1 || term.Contains('/', StringComparison.Ordinal))
                {
                    defined[term] = true;
                    if (ExpandIri(active, term, false, true, local, defined) != iri)
                    {
                        throw new JsonLdException("invalid IRI mapping", $"The term {term} looks like an IRI other than its @id.");
                    }
                }
                var prefix = !term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal) && simple
                    && iri is not null && (Iri.IsBlank(iri) || iri[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@');
                def = def with { Iri = iri, Prefix = prefix };
            }
        }
        else if (term.IndexOf(':', 1) > 0)
        {
            var colon = term.IndexOf(':', 1);
            var prefix = term[..colon];
            if (local.ContainsKey(prefix))
            {
                CreateTerm(active, local, prefix, defined, baseUrl, false, false, remote, validateScoped);
            }
            def = def with { Iri = active.Term(prefix) is { Iri: not null } p ? p.Iri + term[(colon + 1)..] : term };
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            var iri = ExpandIri(active, term, false, true);
            def = def with { Iri = Iri.IsAbsolute(iri) ? iri : throw new JsonLdException("invalid IRI mapping", $"{term} is not an IRI.") };
        }
        else if (term == "@type")
        {
            def = def with { Iri = "@type" };
        }
        else
        {
            def = def with { Iri = active.Vocab is null ? throw new JsonLdException("invalid IRI mapping", $"{term} has no IRI and there is no @vocab.") : active.Vocab + term };
        }
        def = Details(active, map, term, def, baseUrl, remote);
        if (map.Keys.Any(k => !TermEntries.Contains(k)))
        {
            throw new JsonLdException("invalid term definition", $"The definition of {term} has an unknown entry.");
        }
        if (!overrideProtected && previous is { Protected: true })
        {
            if (!def.SameAs(previous))
            {
                throw new JsonLdException("protected term redefinition", $"{term} is protected.");
            }
            def = previous;
        }
        active.Terms[term] = def;
        defined[term] = true;
    }
}
