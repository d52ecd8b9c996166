using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Kits;

internal static partial class KitRules
{
    public const int MaxPartNumberLength = 40;
    public const int MaxQuantity = 1000;

    /// <summary>Kits change while teams register and build; the template may already be prepared in draft.</summary>
    public static void EnsureCanChange(ChallengeDetails challenge, bool allowDraft = false)
    {
        if (challenge.Status is ChallengeStatus.Open or ChallengeStatus.Running || (allowDraft && challenge.Status == ChallengeStatus.Draft))
        {
            return;
        }

        var when = allowDraft ? "in draft, open or running" : "open or running";
        throw new DomainException(ProblemTypes.KitsLocked,
            $"Kits can change while the challenge is {when}; it is {challenge.Status.ToString().ToLowerInvariant()} now.");
    }

    /// <summary>Part numbers appear in URLs (<c>…/kit/items/{partNumber}</c>), so they stay within characters that need no escaping.</summary>
    public static bool IsWellFormedPartNumber(string partNumber) => PartNumberPattern().IsMatch(partNumber);

    public static bool SamePart(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The index of the first entry that matches, or -1.</summary>
    public static int IndexOf<T>(ImmutableArray<T> entries, Func<T, bool> match)
    {
        for (var index = 0; index < entries.Length; index++)
        {
            if (match(entries[index]))
            {
                return index;
            }
        }

        return -1;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex PartNumberPattern();
}
