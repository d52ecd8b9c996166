namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>Context processing (JSON-LD 1.1 API, 4.1) and IRI expansion (4.2).</summary>
internal sealed partial class Processor(IContextLoader loader, bool safeMode)
{
    private const int MaxRemoteContexts = 32;

    private static readonly HashSet<string> Keywords =
    [
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@propagate", "@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    ];

    public static bool IsKeyword(string? s) => s is not null && Keywords.Contains(s);

    public ActiveContext ProcessContext(
        ActiveContext active, object? local, string? baseUrl, List<string>? remote = null,
        bool overrideProtected = false, bool propagate = true, bool validateScoped = true)
    {
        remote ??= [];
        var result = active.Clone();
        if (local is Dictionary<string, object?> m && m.TryGetValue("@propagate", out var p) && p is bool pb)
        {
            propagate = pb;
        }
        if (!propagate && result.Previous is null)
        {
            result.Previous = active;
        }
        foreach (var context in Json.AsList(local))
        {
            if (context is null)
            {
                if (!overrideProtected && result.Terms.Values.Any(t => t.Protected))
                {
                    throw new JsonLdException("invalid context nullification", "A context with protected terms cannot be cleared.");
                }
                result = new ActiveContext { BaseIri = active.OriginalBaseUrl, OriginalBaseUrl = active.OriginalBaseUrl };
                if (!propagate)
                {
                    result.Previous = active.Previous ?? active;
                }
                continue;
            }
            if (context is string reference)
            {
                var url = Iri.Resolve(baseUrl, reference);
                if (!validateScoped && remote.Contains(url))
                {
                    continue;
                }
                if (remote.Count > MaxRemoteContexts)
                {
                    throw new JsonLdException("context overflow", $"Too many nested contexts at {url}.");
                }
                remote.Add(url);
                var loaded = LoadContext(url);
                result = ProcessContext(result, loaded, url, [.. remote], validateScoped: validateScoped);
                continue;
            }
            if (context is not Dictionary<string, object?> map)
            {
                throw new JsonLdException("invalid local context", "A context must be a map, a string or null.");
            }
            result = ProcessMap(result, map, baseUrl, remote, overrideProtected, validateScoped);
        }
        return result;
    }

    private object? LoadContext(string url)
    {
        var document = loader.Load(url)
            ?? throw new JsonLdException("loading remote context failed", $"The context {url} is not one of the known contexts.");
        return Json.From(document) is Dictionary<string, object?> doc && doc.TryGetValue("@context", out var ctx)
            ? ctx
            : throw new JsonLdException("invalid remote context", $"{url} has no @context.");
    }

    private ActiveContext ProcessMap(
        ActiveContext result, Dictionary<string, object?> context, string? baseUrl, List<string> remote, bool overrideProtected, bool validateScoped)
    {
        if (context.TryGetValue("@version", out var version) && version is not 1.1)
        {
            throw new JsonLdException("invalid @version value", "Only @version 1.1 is understood.");
        }
        if (context.TryGetValue("@import", out var import))
        {
            if (import is not string importRef)
            {
                throw new JsonLdException("invalid @import value", "@import must be a string.");
            }
            if (LoadContext(Iri.Resolve(baseUrl, importRef)) is not Dictionary<string, object?> imported)
            {
                throw new JsonLdException("invalid remote context", "An imported context must be a map.");
            }
            if (imported.ContainsKey("@import"))
            {
                throw new JsonLdException("invalid context entry", "An imported context cannot import.");
            }
            var merged = new Dictionary<string, object?>(imported, StringComparer.Ordinal);
            foreach (var (k, v) in context)
            {
                merged[k] = v;
            }
            context = merged;
        }
        if (context.TryGetValue("@base", out var baseValue) && remote.Count == 0)
        {
            result.BaseIri = baseValue switch
            {
                null => null,
                string s when Iri.IsAbsolute(s) => s,
                string s when result.BaseIri is not null => Iri.Resolve(result.BaseIri, s),
                _ => throw new JsonLdException("invalid base IRI", "@base must be an IRI."),
            };
        }
        if (context.TryGetValue("@vocab", out var vocab))
        {
            result.Vocab = vocab switch
            {
                null => null,
                string s when ExpandIri(result, s, true, true) is { } expanded => expanded,
                _ => throw new JsonLdException("invalid vocab mapping", "@vocab must be an IRI or null."),
            };
        }
        if (context.TryGetValue("@language", out var language))
        {
            result.Language = language switch
            {
                null => null,
                string s => s.ToLowerInvariant(),
                _ => throw new JsonLdException("invalid default language", "@language must be a string or null."),
            };
        }
        if (context.TryGetValue("@direction", out var direction))
        {
            result.Direction = direction switch
            {
                null => null,
                "ltr" or "rtl" => (string)direction,
                _ => throw new JsonLdException("invalid base direction", "@direction must be ltr, rtl or null."),
            };
        }
        if (context.TryGetValue("@propagate", out var propagate) && propagate is not bool)
        {
            throw new JsonLdException("invalid @propagate value", "@propagate must be true or false.");
        }
        var isProtected = context.TryGetValue("@protected", out var prot) && prot is true;
        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var key in context.Keys)
        {
            if (key is not ("@base" or "@direction" or "@import" or "@language" or "@propagate" or "@protected" or "@version" or "@vocab"))
            {
                CreateTerm(result, context, key, defined, baseUrl, isProtected, overrideProtected, remote, validateScoped);
            }
        }
        return result;
    }

    public string? ExpandIri(
        ActiveContext active, string? value, bool documentRelative = false, bool vocab = false,
        Dictionary<string, object?>? local = null, Dictionary<string, bool>? defined = null)
    {
        if (value is null || IsKeyword(value))
        {
            return value;
        }
        if (Iri.HasKeywordForm(value))
        {
            return null;
        }
        if (local is not null && local.ContainsKey(value) && !(defined!.TryGetValue(value, out var done) && done))
        {
            CreateTerm(active, local, value, defined, null, false, false, [], true);
        }
        var term = active.Term(value);
        if (term is not null && IsKeyword(term.Iri))
        {
            return term.Iri;
        }
        if (vocab && active.Terms.ContainsKey(value))
        {
            return term!.Iri;
        }
        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }
            if (local is not null && local.ContainsKey(prefix) && !(defined!.TryGetValue(prefix, out var pdone) && pdone))
            {
                CreateTerm(active, local, prefix, defined, null, false, false, [], true);
            }
            if (active.Term(prefix) is { Iri: not null, Prefix: true } prefixTerm)
            {
                return prefixTerm.Iri + suffix;
            }
            if (Iri.IsAbsolute(value))
            {
                return value;
            }
        }
        if (vocab && active.Vocab is not null)
        {
            return active.Vocab + value;
        }
        return documentRelative ? Iri.Resolve(active.BaseIri, value) : value;
    }
}
