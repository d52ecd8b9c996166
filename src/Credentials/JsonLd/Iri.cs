using System.Text;
using System.Text.RegularExpressions;

namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>IRI tests and RFC 3986 reference resolution, done by hand because System.Uri normalises what JSON-LD must keep.</summary>
internal static partial class Iri
{
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^@[A-Za-z]+$")]
    private static partial Regex KeywordForm();

    [GeneratedRegex(@"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^([^:/?#]+:)?(//[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$", RegexOptions.Singleline)]
    private static partial Regex Parts();

    public static bool IsAbsolute(string? value) => value is not null && Scheme().IsMatch(value);

    public static bool HasKeywordForm(string value) => KeywordForm().IsMatch(value);

    public static bool IsBlank(string? value) => value is not null && value.StartsWith("_:", StringComparison.Ordinal);

    public static bool IsWellFormedLanguage(string value) => LanguageTag().IsMatch(value);

    /// <summary>An absolute IRI fit for RDF: a scheme and none of the characters N-Quads cannot carry.</summary>
    public static bool IsWellFormed(string value) =>
        IsAbsolute(value) && value.Count(c => c == '#') <= 1 && !value.Any(c => c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\');

    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null || IsAbsolute(reference))
        {
            return IsAbsolute(reference) ? WithoutDots(reference) : reference;
        }
        var b = Parts().Match(baseIri);
        var r = Parts().Match(reference);
        string scheme = b.Groups[1].Value, authority, path, query;
        if (r.Groups[2].Success)
        {
            authority = r.Groups[2].Value;
            path = RemoveDotSegments(r.Groups[3].Value);
            query = r.Groups[4].Value;
        }
        else
        {
            authority = b.Groups[2].Value;
            if (r.Groups[3].Value.Length == 0)
            {
                path = b.Groups[3].Value;
                query = r.Groups[4].Success ? r.Groups[4].Value : b.Groups[4].Value;
            }
            else
            {
                path = r.Groups[3].Value.StartsWith('/') ? RemoveDotSegments(r.Groups[3].Value) : RemoveDotSegments(Merge(b, r.Groups[3].Value));
                query = r.Groups[4].Value;
            }
        }
        return scheme + authority + path + query + r.Groups[5].Value;
    }

    private static string WithoutDots(string iri)
    {
        var m = Parts().Match(iri);
        return m.Groups[1].Value + m.Groups[2].Value + RemoveDotSegments(m.Groups[3].Value) + m.Groups[4].Value + m.Groups[5].Value;
    }

    private static string Merge(Match b, string path)
    {
        if (b.Groups[2].Success && b.Groups[3].Value.Length == 0)
        {
            return "/" + path;
        }
        var basePath = b.Groups[3].Value;
        var slash = basePath.LastIndexOf('/');
        return slash < 0 ? path : basePath[..(slash + 1)] + path;
    }

    private static string RemoveDotSegments(string input)
    {
        var output = new StringBuilder();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal)) { input = input[3..]; }
            else if (input.StartsWith("./", StringComparison.Ordinal)) { input = input[2..]; }
            else if (input.StartsWith("/./", StringComparison.Ordinal)) { input = input[2..]; }
            else if (input == "/.") { input = "/"; }
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input == "/.." ? "/" : input[3..];
                var s = output.ToString();
                var last = s.LastIndexOf('/');
                output.Clear().Append(last < 0 ? "" : s[..last]);
            }
            else if (input is "." or "..") { input = ""; }
            else
            {
                var next = input.IndexOf('/', input.StartsWith('/') ? 1 : 0);
                var segment = next < 0 ? input : input[..next];
                output.Append(segment);
                input = input[segment.Length..];
            }
        }
        return output.ToString();
    }
}
