namespace ChallengeHub.Silo.Access;

/// <summary>
/// Where a sign-in may send the browser afterwards: only a path of this site. The address is read as a browser reads it
/// (tabs and line breaks dropped, backslashes as slashes) and resolved against the site's own origin, so that
/// <c>/\evil.example</c> or <c>/&#9;/evil.example</c> cannot lead elsewhere.
/// </summary>
public static class ReturnAddress
{
    private static readonly Uri Origin = new("https://challengehub.invalid/");

    /// <summary>The same-origin path, query and fragment of <paramref name="returnTo"/>, or <c>null</c> when it leads elsewhere.</summary>
    public static string? LocalPath(string? returnTo)
    {
        if (string.IsNullOrEmpty(returnTo) || returnTo.Length > 2048)
        {
            return null;
        }

        var read = string.Concat(returnTo.Where(c => c is not ('\t' or '\n' or '\r'))).Replace('\\', '/');
        if (!read.StartsWith('/') || read.StartsWith("//", StringComparison.Ordinal) || read.Any(char.IsControl)
            || !Uri.TryCreate(Origin, read, out var resolved) || resolved.Scheme != Origin.Scheme || resolved.Authority != Origin.Authority)
        {
            return null;
        }

        return resolved.PathAndQuery + resolved.Fragment;
    }
}
