using System.Globalization;
using System.Numerics;
using System.Text;

namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>JSON Canonicalization Scheme (RFC 8785), for @json literals, and the number forms JSON-LD needs.</summary>
internal static class Jcs
{
    public static string Serialize(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case double d: sb.Append(EcmaNumber(d)); break;
            case string s: WriteString(sb, s); break;
            case List<object?> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }
                    Write(sb, list[i]);
                }
                sb.Append(']');
                break;
            case Dictionary<string, object?> map:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }
                    first = false;
                    WriteString(sb, k);
                    sb.Append(':');
                    Write(sb, v);
                }
                sb.Append('}');
                break;
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < ' ')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>Number to string as ECMAScript does it (shortest round-trip digits).</summary>
    public static string EcmaNumber(double d)
    {
        if (d == 0)
        {
            return "0";
        }
        if (d < 0)
        {
            return "-" + EcmaNumber(-d);
        }
        var shortest = d.ToString("R", CultureInfo.InvariantCulture);
        var ePos = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = ePos < 0 ? shortest : shortest[..ePos];
        var shift = ePos < 0 ? 0 : int.Parse(shortest[(ePos + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? mantissa : mantissa[..point];
        var all = mantissa.Replace(".", "", StringComparison.Ordinal);
        var leading = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        var n = whole.Length - leading + shift;
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }
        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }
        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }
        var e = n - 1;
        var exponent = (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? digits + "e" + exponent : digits[0] + "." + digits[1..] + "e" + exponent;
    }

    /// <summary>The canonical xsd:double form JSON-LD uses, e.g. 1.1E0.</summary>
    public static string XsdDouble(double d)
    {
        var s = d.ToString("0.000000000000000E+0", CultureInfo.InvariantCulture);
        var ePos = s.IndexOf('E', StringComparison.Ordinal);
        var mantissa = s[..ePos].TrimEnd('0');
        if (mantissa.EndsWith('.'))
        {
            mantissa += "0";
        }
        var exponent = s[(ePos + 1)..].TrimStart('+');
        return mantissa + "E" + exponent;
    }

    public static string Integer(double d) => new BigInteger(d).ToString(CultureInfo.InvariantCulture);
}
