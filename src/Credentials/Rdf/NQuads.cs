using System.Globalization;
using System.Text;

namespace ChallengeHub.LinkedData.Rdf;

/// <summary>Canonical N-Quads (RDFC-1.0 appendix A) out, plain N-Quads in.</summary>
public static class NQuads
{
    /// <summary>One quad in canonical form, ending with a line feed.</summary>
    public static string Serialize(Quad quad)
    {
        var sb = new StringBuilder();
        Write(sb, quad.Subject).Append(' ');
        Write(sb, quad.Predicate).Append(' ');
        Write(sb, quad.Object).Append(' ');
        if (quad.Graph is not null)
        {
            Write(sb, quad.Graph).Append(' ');
        }
        return sb.Append(".\n").ToString();
    }

    /// <summary>The dataset as canonical N-Quads, lines in code point order.</summary>
    public static string Serialize(IEnumerable<Quad> quads)
    {
        var lines = quads.Select(Serialize).Distinct().ToList();
        lines.Sort(StringComparer.Ordinal);
        return string.Concat(lines);
    }

    private static StringBuilder Write(StringBuilder sb, RdfTerm term)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                return sb.Append('<').Append(term.Value).Append('>');
            case RdfTermKind.BlankNode:
                return sb.Append("_:").Append(term.Value);
            default:
                sb.Append('"');
                Escape(sb, term.Value);
                sb.Append('"');
                if (term.Language is not null)
                {
                    return sb.Append('@').Append(term.Language);
                }
                return term.Datatype is null or RdfTerm.XsdString ? sb : sb.Append("^^<").Append(term.Datatype).Append('>');
        }
    }

    private static void Escape(StringBuilder sb, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (c <= '\u001F' || c == '\u007F' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
    }

    /// <summary>Reads N-Quads (one statement a line; comments and blank lines skipped).</summary>
    public static IReadOnlyList<Quad> Parse(string text)
    {
        var quads = new List<Quad>();
        foreach (var raw in text.Split('\n'))
        {
            var reader = new LineReader(raw);
            reader.SkipSpace();
            if (reader.AtEnd || reader.Peek == '#')
            {
                continue;
            }
            var subject = reader.ReadTerm();
            var predicate = reader.ReadTerm();
            var obj = reader.ReadTerm();
            reader.SkipSpace();
            var graph = reader.Peek == '.' ? null : reader.ReadTerm();
            reader.SkipSpace();
            if (reader.Peek != '.')
            {
                throw new FormatException($"N-Quads statement without a final dot: {raw}");
            }
            quads.Add(new Quad(subject, predicate, obj, graph));
        }
        return quads;
    }

    private ref struct LineReader(string line)
    {
        private int _at;

        public readonly bool AtEnd => _at >= line.Length;

        public readonly char Peek => AtEnd ? '\0' : line[_at];

        public void SkipSpace()
        {
            while (!AtEnd && (line[_at] == ' ' || line[_at] == '\t' || line[_at] == '\r'))
            {
                _at++;
            }
        }

        public RdfTerm ReadTerm()
        {
            SkipSpace();
            switch (Peek)
            {
                case '<':
                    return RdfTerm.Iri(Unescape(Until('>', 1)));
                case '_':
                    var start = _at + 2;
                    _at = start;
                    while (!AtEnd && line[_at] is not (' ' or '\t'))
                    {
                        _at++;
                    }
                    if (line[_at - 1] == '.' && (AtEnd || Peek != '.'))
                    {
                        _at--;
                    }
                    return RdfTerm.Blank(line[start.._at]);
                case '"':
                    var value = Unescape(Until('"', 1));
                    if (Peek == '@')
                    {
                        var from = ++_at;
                        while (!AtEnd && (char.IsAsciiLetterOrDigit(line[_at]) || line[_at] == '-'))
                        {
                            _at++;
                        }
                        return RdfTerm.Literal(value, language: line[from.._at]);
                    }
                    if (Peek == '^')
                    {
                        _at += 2;
                        return RdfTerm.Literal(value, Unescape(Until('>', 1)));
                    }
                    return RdfTerm.Literal(value);
                default:
                    throw new FormatException($"Unexpected character at {_at} in N-Quads line: {line}");
            }
        }

        private string Until(char close, int skip)
        {
            var start = _at + skip;
            var i = start;
            while (i < line.Length && line[i] != close)
            {
                i += line[i] == '\\' ? 2 : 1;
            }
            if (i >= line.Length)
            {
                throw new FormatException($"Unterminated term in N-Quads line: {line}");
            }
            _at = i + 1;
            return line[start..i];
        }
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\')
            {
                sb.Append(s[i]);
                continue;
            }
            var e = s[++i];
            switch (e)
            {
                case 'b': sb.Append('\b'); break;
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'f': sb.Append('\f'); break;
                case 'r': sb.Append('\r'); break;
                case 'u': sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); i += 4; break;
                case 'U': sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); i += 8; break;
                default: sb.Append(e); break;
            }
        }
        return sb.ToString();
    }
}
