namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>A term definition of an active context (JSON-LD 1.1 API, 4.1).</summary>
internal sealed record TermDefinition
{
    public string? Iri { get; init; }
    public bool Prefix { get; init; }
    public bool Protected { get; init; }
    public bool Reverse { get; init; }
    public string? BaseUrl { get; init; }
    public object? Context { get; init; }
    public bool HasContext { get; init; }
    public IReadOnlyList<string> Container { get; init; } = [];
    public bool HasLanguage { get; init; }
    public string? Language { get; init; }
    public bool HasDirection { get; init; }
    public string? Direction { get; init; }
    public string? Index { get; init; }
    public string? Nest { get; init; }
    public string? Type { get; init; }

    public bool Has(string container) => Container.Contains(container);

    /// <summary>Same meaning, ignoring the protected flag (the protected-redefinition check).</summary>
    public bool SameAs(TermDefinition other) =>
        Iri == other.Iri && Prefix == other.Prefix && Reverse == other.Reverse && HasContext == other.HasContext
        && Json.DeepEquals(Context, other.Context) && Container.SequenceEqual(other.Container)
        && HasLanguage == other.HasLanguage && Language == other.Language && HasDirection == other.HasDirection
        && Direction == other.Direction && Index == other.Index && Nest == other.Nest && Type == other.Type;
}

/// <summary>An active context: term definitions plus base, vocabulary and defaults.</summary>
internal sealed class ActiveContext
{
    public Dictionary<string, TermDefinition> Terms { get; private init; } = new(StringComparer.Ordinal);
    public string? BaseIri { get; set; }
    public string? OriginalBaseUrl { get; init; }
    public string? Vocab { get; set; }
    public string? Language { get; set; }
    public string? Direction { get; set; }
    public ActiveContext? Previous { get; set; }

    public ActiveContext Clone() => new()
    {
        Terms = new Dictionary<string, TermDefinition>(Terms, StringComparer.Ordinal),
        BaseIri = BaseIri,
        OriginalBaseUrl = OriginalBaseUrl,
        Vocab = Vocab,
        Language = Language,
        Direction = Direction,
        Previous = Previous,
    };

    public TermDefinition? Term(string? term) => term is not null && Terms.TryGetValue(term, out var d) ? d : null;
}
