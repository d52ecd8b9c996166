namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>Node map generation (JSON-LD 1.1 API, 7.2), the first half of deserialising to RDF.</summary>
internal sealed class NodeMap
{
    private int _counter;
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public SortedDictionary<string, SortedDictionary<string, Dictionary<string, object?>>> Graphs { get; } = new(StringComparer.Ordinal);

    public string NewBlank(string? existing = null)
    {
        if (existing is not null && _labels.TryGetValue(existing, out var label))
        {
            return label;
        }
        label = "_:b" + _counter++;
        if (existing is not null)
        {
            _labels[existing] = label;
        }
        return label;
    }

    public void Add(object? element, string graphName = "@default", object? subject = null, string? property = null, List<object?>? list = null)
    {
        if (element is List<object?> array)
        {
            foreach (var item in array)
            {
                Add(item, graphName, subject, property, list);
            }
            return;
        }
        var map = (Dictionary<string, object?>)element!;
        var graph = Graph(graphName);
        var subjectNode = subject is string s ? graph[s] : null;
        if (!map.ContainsKey("@value") && map.TryGetValue("@type", out var types))
        {
            map["@type"] = Json.AsList(types).Select(t => t is string ts && Iri.IsBlank(ts) ? NewBlank(ts) : t).ToList();
        }
        if (map.ContainsKey("@value"))
        {
            if (list is null)
            {
                Json.Add(subjectNode!, property!, map, unique: true);
            }
            else
            {
                list.Add(map);
            }
            return;
        }
        if (map.TryGetValue("@list", out var items))
        {
            var result = new List<object?>();
            Add(items, graphName, subject, property, result);
            var listObject = new Dictionary<string, object?> { ["@list"] = result };
            if (list is null)
            {
                Json.Add(subjectNode!, property!, listObject);
            }
            else
            {
                list.Add(listObject);
            }
            return;
        }
        var id = map.GetValueOrDefault("@id") as string;
        id = id is null ? NewBlank() : Iri.IsBlank(id) ? NewBlank(id) : id;
        if (!graph.TryGetValue(id, out var node))
        {
            graph[id] = node = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@id"] = id };
        }
        if (subject is Dictionary<string, object?> reverseSubject)
        {
            Json.Add(node, property!, reverseSubject, unique: true);
        }
        else if (property is not null)
        {
            var reference = new Dictionary<string, object?> { ["@id"] = id };
            if (list is null)
            {
                Json.Add(subjectNode!, property, reference, unique: true);
            }
            else
            {
                list.Add(reference);
            }
        }
        if (map.TryGetValue("@type", out var nodeTypes))
        {
            foreach (var t in Json.AsList(nodeTypes))
            {
                Json.Add(node, "@type", t, unique: true);
            }
        }
        if (map.TryGetValue("@index", out var index))
        {
            if (node.TryGetValue("@index", out var had) && !Equals(had, index))
            {
                throw new JsonLdException("conflicting indexes", $"{id} has two indexes.");
            }
            node["@index"] = index;
        }
        if (map.TryGetValue("@reverse", out var reverse) && reverse is Dictionary<string, object?> reverseMap)
        {
            var referenced = new Dictionary<string, object?> { ["@id"] = id };
            foreach (var (p, values) in reverseMap)
            {
                foreach (var v in Json.AsList(values))
                {
                    Add(v, graphName, referenced, p);
                }
            }
        }
        if (map.TryGetValue("@graph", out var inner))
        {
            Add(inner, id);
        }
        if (map.TryGetValue("@included", out var included))
        {
            Add(included, graphName);
        }
        foreach (var (p, values) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (p is "@id" or "@type" or "@index" or "@reverse" or "@graph" or "@included")
            {
                continue;
            }
            var key = Iri.IsBlank(p) ? NewBlank(p) : p;
            if (!node.ContainsKey(key))
            {
                node[key] = new List<object?>();
            }
            Add(values, graphName, id, key);
        }
    }

    private SortedDictionary<string, Dictionary<string, object?>> Graph(string name)
    {
        if (!Graphs.TryGetValue(name, out var graph))
        {
            Graphs[name] = graph = new SortedDictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        }
        return graph;
    }
}
