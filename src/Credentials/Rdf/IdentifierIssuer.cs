namespace ChallengeHub.LinkedData.Rdf;

/// <summary>Issues blank node identifiers with a prefix and a counter, remembering the order of issue.</summary>
internal sealed class IdentifierIssuer(string prefix)
{
    private readonly Dictionary<string, string> _issued = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private int _counter;

    public IEnumerable<string> IssuedInOrder => _order;

    public bool TryGet(string existing, out string issued) => _issued.TryGetValue(existing, out issued!);

    public bool Has(string existing) => _issued.ContainsKey(existing);

    public string Issue(string existing)
    {
        if (_issued.TryGetValue(existing, out var issued))
        {
            return issued;
        }
        issued = prefix + _counter++;
        _issued.Add(existing, issued);
        _order.Add(existing);
        return issued;
    }

    public IdentifierIssuer Copy()
    {
        var copy = new IdentifierIssuer(prefix) { _counter = _counter };
        foreach (var existing in _order)
        {
            copy._issued.Add(existing, _issued[existing]);
            copy._order.Add(existing);
        }
        return copy;
    }

    public IReadOnlyDictionary<string, string> ToMap() => new Dictionary<string, string>(_issued, StringComparer.Ordinal);
}
