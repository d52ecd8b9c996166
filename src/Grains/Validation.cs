using System.Collections.Immutable;
using ChallengeHub.Grains.Text;

namespace ChallengeHub.Grains;

/// <summary>Collects field errors so that a request hears about all of them at once.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = [];

    /// <summary>Whether nothing was recorded so far.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>Returns the trimmed text, recording an error when it is missing or longer than <paramref name="maxLength"/>.</summary>
    public string Text(string field, string? value, int maxLength, bool required = true)
    {
        var text = value?.Trim() ?? string.Empty;
        if (required && text.Length == 0)
        {
            Add(field, $"{field} is required.");
        }
        else if (text.Length > maxLength)
        {
            Add(field, $"{field} can be at most {maxLength} characters.");
        }

        return text;
    }

    /// <summary>As <see cref="Text"/>, for a name shown on screens: checked and normalised by <see cref="DisplayText"/>.</summary>
    public string Name(string field, string? value, int maxLength, bool required = true)
    {
        if (!Fits(field, value, maxLength))
        {
            return string.Empty;
        }

        var (text, problem) = DisplayText.Check(value);
        if (problem is not null)
        {
            Add(field, $"{field} {problem}");
            return text;
        }

        return Text(field, text, maxLength, required);
    }

    /// <summary>
    /// Records an error when <paramref name="value"/> is longer than <paramref name="maxLength"/> even before trimming, by far:
    /// the check a request passes before its values are used as keys or reach a grain.
    /// </summary>
    public bool Fits(string field, string? value, int maxLength)
    {
        // Surrounding spaces are forgiven, as Text trims them; a value many times too long is refused unread.
        if (value is not null && value.Length > (2 * maxLength) + 16)
        {
            Add(field, $"{field} can be at most {maxLength} characters.");
            return false;
        }

        return true;
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw DomainException.Invalid(_errors.ToImmutableDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
