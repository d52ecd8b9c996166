using ChallengeHub.LinkedData.Rdf;

namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>Deserialize JSON-LD to RDF (JSON-LD 1.1 API, 8.1-8.3) over a generated node map.</summary>
internal static class RdfSerializer
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    public static List<Quad> ToQuads(NodeMap nodeMap)
    {
        var quads = new List<Quad>();
        foreach (var (graphName, graph) in nodeMap.Graphs)
        {
            RdfTerm? graphTerm = graphName == "@default" ? null : Term(graphName);
            if (graphName != "@default" && graphTerm is null)
            {
                continue;
            }
            foreach (var (subjectId, node) in graph)
            {
                if (Term(subjectId) is not { } subject)
                {
                    continue;
                }
                foreach (var (property, values) in node.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (property == "@type")
                    {
                        foreach (var t in Json.AsList(values).OfType<string>())
                        {
                            if (Term(t) is { } type)
                            {
                                quads.Add(new Quad(subject, RdfTerm.Iri(Rdf + "type"), type, graphTerm));
                            }
                        }
                        continue;
                    }
                    if (Processor.IsKeyword(property) || Iri.IsBlank(property) || !Iri.IsWellFormed(property))
                    {
                        continue;
                    }
                    foreach (var item in Json.AsList(values))
                    {
                        var listQuads = new List<(RdfTerm, RdfTerm, RdfTerm)>();
                        if (ObjectToRdf(item, listQuads, nodeMap) is { } obj)
                        {
                            quads.Add(new Quad(subject, RdfTerm.Iri(property), obj, graphTerm));
                        }
                        quads.AddRange(listQuads.Select(t => new Quad(t.Item1, t.Item2, t.Item3, graphTerm)));
                    }
                }
            }
        }
        return quads;
    }

    private static RdfTerm? Term(string id) =>
        Iri.IsBlank(id) ? RdfTerm.Blank(id[2..]) : Iri.IsWellFormed(id) ? RdfTerm.Iri(id) : null;

    private static RdfTerm? ObjectToRdf(object? item, List<(RdfTerm, RdfTerm, RdfTerm)> listQuads, NodeMap nodeMap)
    {
        var map = (Dictionary<string, object?>)item!;
        if (map.TryGetValue("@list", out var list))
        {
            return ListToRdf(Json.AsList(list), listQuads, nodeMap);
        }
        if (!map.TryGetValue("@value", out var value))
        {
            return map.GetValueOrDefault("@id") is string id ? Term(id) : null;
        }
        var datatype = map.GetValueOrDefault("@type") as string;
        if (datatype is not null && datatype != "@json" && !Iri.IsWellFormed(datatype))
        {
            return null;
        }
        var language = map.GetValueOrDefault("@language") as string;
        if (language is not null && !Iri.IsWellFormedLanguage(language))
        {
            return null;
        }
        string lexical;
        if (datatype == "@json")
        {
            lexical = Jcs.Serialize(value);
            datatype = Rdf + "JSON";
        }
        else if (value is bool b)
        {
            lexical = b ? "true" : "false";
            datatype ??= Xsd + "boolean";
        }
        else if (value is double d && (d % 1 != 0 || Math.Abs(d) >= 1e21 || datatype == Xsd + "double"))
        {
            lexical = Jcs.XsdDouble(d);
            datatype ??= Xsd + "double";
        }
        else if (value is double i)
        {
            lexical = Jcs.Integer(i);
            datatype ??= Xsd + "integer";
        }
        else
        {
            lexical = (string)value!;
        }
        return language is not null && datatype is null
            ? RdfTerm.Literal(lexical, language: language)
            : RdfTerm.Literal(lexical, datatype);
    }

    private static RdfTerm ListToRdf(List<object?> items, List<(RdfTerm, RdfTerm, RdfTerm)> listQuads, NodeMap nodeMap)
    {
        if (items.Count == 0)
        {
            return RdfTerm.Iri(Rdf + "nil");
        }
        var nodes = items.Select(_ => RdfTerm.Blank(nodeMap.NewBlank()[2..])).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            if (ObjectToRdf(items[i], listQuads, nodeMap) is { } obj)
            {
                listQuads.Add((nodes[i], RdfTerm.Iri(Rdf + "first"), obj));
            }
            listQuads.Add((nodes[i], RdfTerm.Iri(Rdf + "rest"), i + 1 < nodes.Count ? nodes[i + 1] : RdfTerm.Iri(Rdf + "nil")));
        }
        return nodes[0];
    }
}
