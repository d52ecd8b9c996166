using System.Security.Cryptography;
using System.Text;

namespace ChallengeHub.Grains.Profiles;

/// <summary>
/// Where a recovery code belongs: the challenge, team and pupil it was made for, so that a pupil can bring badges of an
/// earlier challenge into their profile with the code alone. Keyed by <see cref="KeyOf"/>, a hash of the code, so that
/// storage keys never spell a code out.
/// </summary>
[Alias("IRecoveryCodeLocatorGrain")]
public interface IRecoveryCodeLocatorGrain : IGrainWithStringKey
{
    /// <summary>Records the code's pupil; the same pupil again stores nothing.</summary>
    [Alias("Set")]
    Task SetAsync(PupilLocation location);

    /// <summary>The code's pupil, or <c>null</c> for a code that belongs to nobody (never made, or its pupil erased).</summary>
    [Alias("Get")]
    Task<PupilLocation?> GetAsync();

    /// <summary>Forgets the code, when its pupil is erased.</summary>
    [Alias("Clear")]
    Task ClearAsync();

    /// <summary>The grain key of a code: hex SHA-256 of the code as written, upper case and without spaces or dashes.</summary>
    public static string KeyOf(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(code))));

    /// <summary>A code as typed, with the spaces and dashes people add and in upper case, as codes are made.</summary>
    public static string Normalise(string code) => string.Concat(code.Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();
}

/// <summary>A pupil of a team in a challenge: what a recovery code leads to.</summary>
[GenerateSerializer, Immutable, Alias("PupilLocation")]
public sealed record PupilLocation(Guid ChallengeId, Guid TeamId, Guid PupilId);
