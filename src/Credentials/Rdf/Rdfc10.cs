using System.Security.Cryptography;
using System.Text;

namespace ChallengeHub.LinkedData.Rdf;

/// <summary>The outcome of canonicalization: the canonical N-Quads and the issued identifiers map.</summary>
public sealed record CanonicalDataset(string NQuads, IReadOnlyDictionary<string, string> IssuedIdentifiers);

/// <summary>Raised when a dataset needs more N-degree hashing than allowed (a poison graph).</summary>
public sealed class CanonicalizationLimitException(string message) : Exception(message);

/// <summary>
/// RDF Dataset Canonicalization (RDFC-1.0, W3C Recommendation 2024), with the N-degree hash,
/// the permutation search and a work limit against graphs built to exhaust it.
/// </summary>
public sealed class Rdfc10
{
    private readonly Func<byte[], byte[]> _hash;
    private readonly int _maxNDegreeCalls;
    private readonly Dictionary<string, List<Quad>> _quadsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _firstDegree = new(StringComparer.Ordinal);
    private readonly IdentifierIssuer _canonical = new("c14n");
    private int _nDegreeCalls;

    private Rdfc10(HashAlgorithmName hash, int maxNDegreeCalls)
    {
        _hash = hash == HashAlgorithmName.SHA384 ? SHA384.HashData : SHA256.HashData;
        _maxNDegreeCalls = maxNDegreeCalls;
    }

    /// <summary>Default limit on N-degree hash calls: ample for credentials, small enough to refuse a poison graph quickly.</summary>
    public const int DefaultMaxNDegreeCalls = 10_000;

    /// <summary>Canonicalizes a dataset; throws <see cref="CanonicalizationLimitException"/> past the work limit.</summary>
    public static CanonicalDataset Canonicalize(
        IEnumerable<Quad> dataset, HashAlgorithmName? hash = null, int maxNDegreeCalls = DefaultMaxNDegreeCalls) =>
        new Rdfc10(hash ?? HashAlgorithmName.SHA256, maxNDegreeCalls).Run(dataset.Distinct().ToList());

    private CanonicalDataset Run(List<Quad> quads)
    {
        foreach (var quad in quads)
        {
            foreach (var term in Components(quad))
            {
                if (term.IsBlank)
                {
                    if (!_quadsOf.TryGetValue(term.Value, out var list))
                    {
                        _quadsOf[term.Value] = list = [];
                    }
                    if (list.Count == 0 || !ReferenceEquals(list[^1], quad))
                    {
                        list.Add(quad);
                    }
                }
            }
        }

        var hashToNodes = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var node in _quadsOf.Keys)
        {
            var h = HashFirstDegree(node);
            if (!hashToNodes.TryGetValue(h, out var nodes))
            {
                hashToNodes[h] = nodes = [];
            }
            nodes.Add(node);
        }

        var shared = new List<List<string>>();
        foreach (var (_, nodes) in hashToNodes)
        {
            if (nodes.Count == 1)
            {
                _canonical.Issue(nodes[0]);
            }
            else
            {
                shared.Add(nodes);
            }
        }

        foreach (var nodes in shared)
        {
            var results = new List<(string Hash, IdentifierIssuer Issuer)>();
            foreach (var node in nodes)
            {
                if (_canonical.Has(node))
                {
                    continue;
                }
                var temporary = new IdentifierIssuer("b");
                temporary.Issue(node);
                results.Add(HashNDegree(node, temporary));
            }
            results.Sort((a, b) => string.CompareOrdinal(a.Hash, b.Hash));
            foreach (var (_, issuer) in results)
            {
                foreach (var existing in issuer.IssuedInOrder)
                {
                    _canonical.Issue(existing);
                }
            }
        }

        var output = quads.Select(q => new Quad(Relabel(q.Subject), q.Predicate, Relabel(q.Object), q.Graph is null ? null : Relabel(q.Graph)));
        return new CanonicalDataset(NQuads.Serialize(output), _canonical.ToMap());
    }

    private RdfTerm Relabel(RdfTerm term) => term.IsBlank ? RdfTerm.Blank(_canonical.Issue(term.Value)) : term;

    private static IEnumerable<RdfTerm> Components(Quad quad)
    {
        yield return quad.Subject;
        yield return quad.Object;
        if (quad.Graph is not null)
        {
            yield return quad.Graph;
        }
    }

    private string HashFirstDegree(string node)
    {
        if (_firstDegree.TryGetValue(node, out var cached))
        {
            return cached;
        }
        static RdfTerm Mask(RdfTerm t, string node) => t.IsBlank ? RdfTerm.Blank(t.Value == node ? "a" : "z") : t;
        var lines = _quadsOf[node]
            .Select(q => NQuads.Serialize(new Quad(Mask(q.Subject, node), q.Predicate, Mask(q.Object, node), q.Graph is null ? null : Mask(q.Graph, node))))
            .ToList();
        lines.Sort(StringComparer.Ordinal);
        return _firstDegree[node] = Hex(string.Concat(lines));
    }

    private string HashRelated(string related, Quad quad, IdentifierIssuer issuer, char position)
    {
        var input = new StringBuilder().Append(position);
        if (position != 'g')
        {
            input.Append('<').Append(quad.Predicate.Value).Append('>');
        }
        if (_canonical.TryGet(related, out var id) || issuer.TryGet(related, out id))
        {
            input.Append("_:").Append(id);
        }
        else
        {
            input.Append(HashFirstDegree(related));
        }
        return Hex(input.ToString());
    }

    private (string Hash, IdentifierIssuer Issuer) HashNDegree(string node, IdentifierIssuer issuer)
    {
        if (++_nDegreeCalls > _maxNDegreeCalls)
        {
            throw new CanonicalizationLimitException(
                $"Canonicalization needs more than {_maxNDegreeCalls} N-degree hash steps; the dataset is refused.");
        }

        var related = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var quad in _quadsOf[node])
        {
            foreach (var (term, position) in new[] { (quad.Subject, 's'), (quad.Object, 'o'), (quad.Graph, 'g') })
            {
                if (term is { IsBlank: true } && term.Value != node)
                {
                    var h = HashRelated(term.Value, quad, issuer, position);
                    if (!related.TryGetValue(h, out var list))
                    {
                        related[h] = list = [];
                    }
                    list.Add(term.Value);
                }
            }
        }

        var data = new StringBuilder();
        foreach (var (relatedHash, nodes) in related)
        {
            data.Append(relatedHash);
            string? chosenPath = null;
            IdentifierIssuer? chosenIssuer = null;
            foreach (var permutation in Permutations(nodes))
            {
                var issuerCopy = issuer.Copy();
                var path = new StringBuilder();
                var recursion = new List<string>();
                var skip = false;
                foreach (var r in permutation)
                {
                    if (_canonical.TryGet(r, out var canonicalId))
                    {
                        path.Append("_:").Append(canonicalId);
                    }
                    else
                    {
                        if (!issuerCopy.Has(r))
                        {
                            recursion.Add(r);
                        }
                        path.Append("_:").Append(issuerCopy.Issue(r));
                    }
                    if (Worse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }
                if (skip)
                {
                    continue;
                }
                foreach (var r in recursion)
                {
                    var result = HashNDegree(r, issuerCopy);
                    path.Append("_:").Append(issuerCopy.Issue(r)).Append('<').Append(result.Hash).Append('>');
                    issuerCopy = result.Issuer;
                    if (Worse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }
                if (skip)
                {
                    continue;
                }
                var candidate = path.ToString();
                if (chosenPath is null || string.CompareOrdinal(candidate, chosenPath) < 0)
                {
                    chosenPath = candidate;
                    chosenIssuer = issuerCopy;
                }
            }
            data.Append(chosenPath);
            issuer = chosenIssuer!;
        }
        return (Hex(data.ToString()), issuer);
    }

    private static bool Worse(StringBuilder path, string? chosen) =>
        chosen is not null && chosen.Length > 0 && path.Length >= chosen.Length && string.CompareOrdinal(path.ToString(), chosen) > 0;

    private static IEnumerable<List<string>> Permutations(List<string> items)
    {
        var sorted = items.OrderBy(s => s, StringComparer.Ordinal).ToList();
        yield return [.. sorted];
        while (NextPermutation(sorted))
        {
            yield return [.. sorted];
        }
    }

    private static bool NextPermutation(List<string> a)
    {
        var i = a.Count - 2;
        while (i >= 0 && string.CompareOrdinal(a[i], a[i + 1]) >= 0)
        {
            i--;
        }
        if (i < 0)
        {
            return false;
        }
        var j = a.Count - 1;
        while (string.CompareOrdinal(a[j], a[i]) <= 0)
        {
            j--;
        }
        (a[i], a[j]) = (a[j], a[i]);
        a.Reverse(i + 1, a.Count - i - 1);
        return true;
    }

    private string Hex(string input) => Convert.ToHexStringLower(_hash(Encoding.UTF8.GetBytes(input)));
}
