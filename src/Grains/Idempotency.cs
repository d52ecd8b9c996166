using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains;

/// <summary>A stored entry that remembers the Idempotency-Key its request was sent with.</summary>
public interface IIdempotentEntry
{
    /// <summary>The key the client sent, or null when it sent none.</summary>
    string? IdempotencyKey { get; }
}

/// <summary>
/// The one rule for an Idempotency-Key: a retry with the same key and the same request answers with what was stored the
/// first time; the same key with another request is refused, because the client has mixed up two changes.
/// </summary>
public static class Idempotency
{
    /// <summary>The longest key accepted; clients send a UUID, so this leaves room without letting keys fill a grain's state.</summary>
    public const int MaxKeyLength = 100;

    /// <summary>Records a field error when a key is present but empty or too long.</summary>
    internal static void CheckKey(this Validation validation, string? key)
    {
        if (key is { Length: 0 or > MaxKeyLength })
        {
            validation.Add("Idempotency-Key", $"Idempotency-Key must be 1 to {MaxKeyLength} characters.");
        }
    }

    /// <summary>
    /// Returns the entry stored under <paramref name="key"/> when this request is a retry of it, or null when the key is
    /// absent or new. Throws a 422 <see cref="DomainException"/> when the key was used for another <paramref name="what"/>.
    /// </summary>
    public static T? FindRetry<T>(IEnumerable<T> entries, string? key, Func<T, bool> repeats, string what)
        where T : class, IIdempotentEntry
    {
        if (key is null || entries.FirstOrDefault(e => e.IdempotencyKey == key) is not { } earlier)
        {
            return null;
        }

        return repeats(earlier)
            ? earlier
            : throw new DomainException(ProblemTypes.IdempotencyKeyReused,
                $"This Idempotency-Key was already used for another {what}. Send a new {what} with a new key.");
    }
}
