using System.Globalization;

namespace ChallengeHub.Grains.Accounts;

/// <summary>
/// What makes a passphrase too easy to guess, after NIST SP 800-63B (5.1.1.2): long enough, not one character or a run
/// repeated, not the account's own name, and not one of the passphrases people pick most. No rules on character kinds:
/// a few ordinary words in a row are strong and easy to remember.
/// </summary>
public static class PassphraseRules
{
    public const int MinLength = 10;
    public const int MaxLength = 200;

    /// <summary>Compared without spaces, case or punctuation; Dutch, French and English favourites and keyboard rows.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "password", "password1", "password12", "password123", "passw0rd", "wachtwoord", "wachtwoord1", "wachtwoord123", "motdepasse",
        "motdepasse1", "motdepasse123", "azertyuiop", "qwertyuiop", "azerty123", "qwerty123", "azertyuiop123", "qwertyuiop123",
        "iloveyou", "iloveyou1", "jetaime123", "ikhouvanjou", "welkom123", "welcome123", "bienvenue1", "bienvenue123",
        "letmein123", "changeme123", "admin12345", "administrator", "challengehub", "challengehub1", "voetbal123", "football123",
        "sunshine123", "bonjour123", "soleil1234", "abcdefghij", "1234567890", "0123456789", "12345678910", "abc1234567", "zaqxswcdev", "trustno1234", "princess123",
    };

    /// <summary>The reasons the passphrase is refused for an account named <paramref name="displayName"/>; empty when it is fine.</summary>
    public static IReadOnlyList<string> Check(string passphrase, string displayName)
    {
        var reasons = new List<string>();
        if (passphrase.Length is < MinLength or > MaxLength)
        {
            reasons.Add($"passphrase needs {MinLength} to {MaxLength} characters; a few words in a row are easy to remember.");
            return reasons;
        }

        var letters = Letters(passphrase);
        if (IsRepetition(passphrase) || IsRun(letters))
        {
            reasons.Add("passphrase repeats the same characters or follows the keyboard or alphabet; those are guessed first.");
        }

        var name = Letters(displayName);
        if (name.Length >= 3 && letters.Contains(name, StringComparison.Ordinal))
        {
            reasons.Add("passphrase contains the account's name, which others know.");
        }

        if (Common.Contains(letters))
        {
            reasons.Add("passphrase is one of the passphrases people choose most, and is tried first.");
        }

        return reasons;
    }

    /// <summary>Lowercase letters and digits only: "Wacht Woord!" and "wachtwoord" are the same guess.</summary>
    private static string Letters(string text) =>
        string.Concat(text.ToLower(CultureInfo.InvariantCulture).Where(char.IsLetterOrDigit));

    /// <summary>One short piece repeated ("aaaaaaaaaa", "abababab", "hallo hallo hallo"), or at most three different characters.</summary>
    private static bool IsRepetition(string passphrase)
    {
        var text = passphrase.ToLower(CultureInfo.InvariantCulture);
        if (text.Distinct().Count() <= 3)
        {
            return true;
        }

        for (var period = 1; period <= text.Length / 2; period++)
        {
            if (Enumerable.Range(period, text.Length - period).All(i => text[i] == text[i - period]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"1234567890", "abcdefghij", "9876543210": every character one step from the one before.</summary>
    private static bool IsRun(string letters) =>
        letters.Length >= MinLength - 2 && (Steps(letters, 1) || Steps(letters, -1));

    private static bool Steps(string letters, int step) => Enumerable.Range(1, letters.Length - 1).All(i => letters[i] - letters[i - 1] == step);
}
