namespace ChallengeHub.LinkedData.Rdf;

/// <summary>What an RDF term is: an IRI, a blank node or a literal.</summary>
public enum RdfTermKind
{
    Iri,
    BlankNode,
    Literal,
}

/// <summary>
/// One RDF term. For a blank node <see cref="Value"/> is its label without <c>_:</c>;
/// for a literal <see cref="Datatype"/> is always set (xsd:string or rdf:langString when not given).
/// </summary>
public sealed record RdfTerm(RdfTermKind Kind, string Value, string? Datatype = null, string? Language = null)
{
    public const string XsdString = "http://www.w3.org/2001/XMLSchema#string";
    public const string RdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    public static RdfTerm Iri(string iri) => new(RdfTermKind.Iri, iri);

    public static RdfTerm Blank(string label) => new(RdfTermKind.BlankNode, label);

    public static RdfTerm Literal(string value, string? datatype = null, string? language = null) =>
        new(RdfTermKind.Literal, value, language is null ? datatype ?? XsdString : RdfLangString, language);

    public bool IsBlank => Kind == RdfTermKind.BlankNode;
}

/// <summary>One RDF quad; <see cref="Graph"/> is null for the default graph.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Subject, predicate, object and graph are the RDF names of a quad's parts.")]
public sealed record Quad(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object, RdfTerm? Graph = null);
