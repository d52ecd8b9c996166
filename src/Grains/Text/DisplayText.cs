using System.Globalization;
using System.Text;

namespace ChallengeHub.Grains.Text;

/// <summary>
/// The one check for texts that name someone or something on a screen (nicknames, team and school names, display names,
/// challenge titles): one line of visible characters in Unicode NFC, without control characters or characters that turn the
/// reading direction around (which can make a name look like another one, or hide part of it).
/// </summary>
public static class DisplayText
{
    /// <summary>The trimmed, NFC-normalised text and, when it may not be shown as a name, why not.</summary>
    public static (string Text, string? Problem) Check(string? value)
    {
        var text = (value ?? string.Empty).Trim();
        try
        {
            text = text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised: it is not text anyone typed.
            return (string.Empty, "contains characters that cannot be shown.");
        }

        if (text.Any(char.IsControl))
        {
            return (text, "cannot contain control characters such as line breaks or tabs.");
        }

        if (text.Any(IsDirectionChange))
        {
            return (text, "cannot contain characters that change the reading direction.");
        }

        return text.Length > 0 && text.All(IsInvisible)
            ? (text, "needs letters, digits or signs that can be seen.")
            : (text, null);
    }

    /// <summary>
    /// A small skeleton in the spirit of Unicode TR39: two nicknames with the same skeleton look alike on a tablet (case,
    /// accents, spaces and dashes ignored; Cyrillic and Greek look-alikes, 0/O, 1/l/I and rn/m mapped to one letter).
    /// </summary>
    public static string Skeleton(string text)
    {
        var skeleton = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation
                || char.IsWhiteSpace(c) || c is '.' or '\'')
            {
                continue;
            }

            skeleton.Append(char.ToLowerInvariant(LookAlikes.TryGetValue(c, out var latin) ? latin : c));
        }

        return skeleton.ToString().Replace("rn", "m", StringComparison.Ordinal);
    }

    private static bool IsDirectionChange(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0';

    /// <summary>Mapped before case folding, so that capital Greek Eta reads as H and small eta as n, as they look.</summary>
    private static readonly Dictionary<char, char> LookAlikes = Pairs(
        "АAВBЕEКKМMНHОOРPСCТTХXУYЅSІlЈJҮY" +
        "аaеeоoрpсcуyхxѕsіiјjԁdһhӏlԛqԝwүy" +
        "ΑAΒBΕEΖZΗHΙlΚKΜMΝNΟOΡPΤTΥYΧX" +
        "αaοoρpνvιiκkτtυuχxγyηnεe" +
        "0O1lIl|lıi");

    private static Dictionary<char, char> Pairs(string pairs) =>
        Enumerable.Range(0, pairs.Length / 2).ToDictionary(i => pairs[2 * i], i => pairs[(2 * i) + 1]);
}
