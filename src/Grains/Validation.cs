using System.Collections.Immutable;

namespace ChallengeHub.Grains;

/// <summary>Collects field errors so that a request hears about all of them at once.</summary>
internal sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = [];

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
