using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChallengeHub.Grains.Badges.Language;

/// <summary>
/// Flags stigmatising or "waterfall" wording in a juror's feedback (pupils pushed "down" from general to vocational
/// education hear it often enough). The phrases live in <c>Badges/Language/phrases.json</c> per language, so that
/// extending them needs no code. Matching ignores case and accents and respects word boundaries, so that
/// "bsoleerlingen" is not read as "bso".
/// </summary>
public static class LanguageGuard
{
    private static readonly Lazy<FrozenDictionary<string, ImmutableArray<string>>> Phrases = new(Load);

    /// <summary>The languages with a phrase list, each with its phrases as written in the list.</summary>
    public static FrozenDictionary<string, ImmutableArray<string>> Lists => Phrases.Value;

    /// <summary>The listed phrases that occur in <paramref name="text"/>, in any of the languages, each once, in list order.</summary>
    public static ImmutableArray<string> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = $" {Normalize(text)} ";
        return [.. Phrases.Value.Values.SelectMany(list => list).Where(phrase => words.Contains($" {Normalize(phrase)} ", StringComparison.Ordinal)).Distinct()];
    }

    /// <summary>Lower case without accents, every run of non-letters and non-digits one space: words then sit between spaces.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    private static FrozenDictionary<string, ImmutableArray<string>> Load()
    {
        using var stream = typeof(LanguageGuard).Assembly.GetManifestResourceStream("ChallengeHub.Grains.Badges.Language.phrases.json")
            ?? throw new InvalidOperationException("The language guard's phrase lists are not embedded.");
        var lists = JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream)
            ?? throw new InvalidOperationException("The language guard's phrase lists are empty.");
        return lists.ToFrozenDictionary(l => l.Key, l => l.Value.Where(p => Normalize(p).Length > 0).ToImmutableArray());
    }
}
