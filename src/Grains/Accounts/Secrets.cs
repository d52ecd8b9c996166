using System.Security.Cryptography;
using System.Text;

namespace ChallengeHub.Grains.Accounts;

/// <summary>Salted PBKDF2 hashes of passphrases and PINs, and random codes; nothing secret is stored in the clear.</summary>
public static class Secrets
{
    private const int SaltSize = 16;
    private const int HashSize = 32;
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>As many rounds as ASP.NET Core Identity's password hasher uses for SHA-512.</summary>
    public const int PassphraseRounds = 100_000;

    /// <summary>A PIN has few possible values whatever the rounds: the lock-out protects it, the hash only keeps it out of sight.</summary>
    public const int PinRounds = 10_000;

    public static string Hash(string secret, int rounds)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, rounds, HashAlgorithmName.SHA512, HashSize);
        return $"{rounds}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string secret, string stored)
    {
        var parts = stored.Split('.');
        if (parts.Length != 3 || !int.TryParse(parts[0], out var rounds))
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[2]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), Convert.FromBase64String(parts[1]), rounds, HashAlgorithmName.SHA512, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>A code without look-alike characters (no 0/O, 1/I), easy to type from a screen or a sheet of paper.</summary>
    public static string NewCode(int length) => RandomNumberGenerator.GetString(CodeAlphabet, length);
}
