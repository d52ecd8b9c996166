using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Challenges;

/// <summary>What makes a competence framework acceptable, for templates, imports and edits alike.</summary>
public static partial class FrameworkRules
{
    public const int MaxCompetences = 20;
    public const int MaxNameLength = 80;
    public const int MaxLevelNameLength = 40;
    public const int MaxTextLength = 300;
    public const int MaxReferenceLength = 200;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Checks every field and returns the framework trimmed, or throws Invalid naming each field that needs another look.</summary>
    public static ImmutableArray<Competence> Normalize(FrameworkDocument? document)
    {
        var validation = new Validation();
        if (document?.Format is { } format && format != FrameworkDocument.CurrentFormat)
        {
            validation.Add("format", $"format must be '{FrameworkDocument.CurrentFormat}'.");
        }

        var competences = document is null || document.Competences.IsDefault ? [] : document.Competences;
        if (competences.Length is 0 or > MaxCompetences)
        {
            validation.Add("competences", $"A framework has 1 to {MaxCompetences} competences.");
        }

        var normalized = competences.Take(MaxCompetences).Select((c, i) => Competence(validation, $"competences[{i}]", c)).ToImmutableArray();
        foreach (var duplicate in normalized.GroupBy(c => c.Id).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            validation.Add("competences", $"The id '{duplicate.Key}' is used more than once.");
        }

        foreach (var (competence, i) in normalized.Select((c, i) => (c, i)).Where(c => c.c.Requires is not null))
        {
            if (competence.Requires == competence.Id || normalized.All(c => c.Id != competence.Requires))
            {
                validation.Add($"competences[{i}].requires", "requires names another competence of this framework, such as 'veilig-werken'.");
            }
        }

        validation.ThrowIfInvalid();
        return normalized;
    }

    /// <summary>
    /// Once pupils log milestones and jurors award badges, those refer to competences by id and name:
    /// competences can then be added, described and reordered, not removed or renamed.
    /// </summary>
    public static void EnsureRunningChangeKeeps(ImmutableArray<Competence> current, ImmutableArray<Competence> next)
    {
        var removed = current.Where(c => next.All(n => n.Id != c.Id)).Select(c => c.Id).ToArray();
        var renamed = current.Where(c => next.Any(n => n.Id == c.Id && n.Name != c.Name)).Select(c => c.Id).ToArray();
        if (removed.Length > 0 || renamed.Length > 0)
        {
            throw new DomainException(ProblemTypes.CompetencesInUse,
                "While a challenge runs, milestones and badges refer to its competences: add and describe competences, but do not remove or rename " +
                $"'{string.Join("', '", removed.Concat(renamed))}'.");
        }
    }

    private static Competence Competence(Validation validation, string path, Competence? competence)
    {
        var id = competence?.Id?.Trim() ?? string.Empty;
        if (!IdPattern().IsMatch(id))
        {
            validation.Add($"{path}.id", "An id is 1 to 40 lower-case letters, digits and single hyphens, like 'veilig-werken'.");
        }

        var levels = competence is null || competence.Levels.IsDefault ? [] : competence.Levels;
        if (levels.Length != 4 || levels.Select(l => l?.Level).SequenceEqual([1, 2, 3, 4]) is false)
        {
            validation.Add($"{path}.levels", "A competence has exactly four rubric levels, numbered 1 to 4 in order.");
        }

        var reference = competence?.ExternalReference?.Trim();
        if (reference is { Length: > 0 } && (reference.Length > MaxReferenceLength || !IsReference(reference)))
        {
            validation.Add($"{path}.externalReference", "Use an ESCO skill URI (https://…) or a professional qualification id such as 'BK-0123-2'.");
        }

        return new Competence(
            id,
            Text(validation, $"{path}.name", competence?.Name, MaxNameLength, required: true)!,
            [.. levels.Select((level, i) => new RubricLevel(
                level?.Level ?? 0,
                Text(validation, $"{path}.levels[{i}].name", level?.Name, MaxLevelNameLength, required: true)!,
                Text(validation, $"{path}.levels[{i}].descriptor", level?.Descriptor, MaxTextLength, required: false)))],
            Text(validation, $"{path}.description", competence?.Description, MaxTextLength, required: false),
            reference is { Length: > 0 } ? reference : null,
            competence?.Requires?.Trim() is { Length: > 0 } requires ? requires : null);
    }

    private static LocalizedText? Text(Validation validation, string path, LocalizedText? text, int maxLength, bool required)
    {
        if (text is null && !required)
        {
            return null;
        }

        var nl = validation.Text($"{path}.nl", text?.Nl, maxLength);
        var en = validation.Text($"{path}.en", text?.En, maxLength, required: false);
        var fr = validation.Text($"{path}.fr", text?.Fr, maxLength, required: false);
        return new LocalizedText(nl, en.Length > 0 ? en : nl, fr.Length > 0 ? fr : null);
    }

    private static bool IsReference(string reference) =>
        Uri.TryCreate(reference, UriKind.Absolute, out var uri) ? uri.Scheme is "https" or "http" : QualificationIdPattern().IsMatch(reference);

    [GeneratedRegex("^(?=.{1,40}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex QualificationIdPattern();
}
