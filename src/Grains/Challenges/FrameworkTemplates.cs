using System.Collections.Immutable;
using System.Text.Json;

namespace ChallengeHub.Grains.Challenges;

/// <summary>
/// The built-in competence frameworks a new challenge starts from, one per sector, kept as data in
/// <c>Challenges/Templates/*.json</c> (the framework export format) and checked by the same rules as an import.
/// </summary>
public static class FrameworkTemplates
{
    private static readonly Lazy<ImmutableArray<Competence>> Electro = new(() => Load("electro"));
    private static readonly Lazy<ImmutableArray<Competence>> Construction = new(() => Load("construction"));

    public static ImmutableArray<Competence> For(Sector sector) => sector switch
    {
        Sector.Electro => Electro.Value,
        Sector.Construction => Construction.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "No framework template for this sector."),
    };

    private static ImmutableArray<Competence> Load(string name)
    {
        using var stream = typeof(FrameworkTemplates).Assembly.GetManifestResourceStream($"ChallengeHub.Grains.Challenges.Templates.{name}.json")
            ?? throw new InvalidOperationException($"The {name} framework template is not embedded.");
        var document = JsonSerializer.Deserialize<FrameworkDocument>(stream, FrameworkRules.Json)
            ?? throw new InvalidOperationException($"The {name} framework template is empty.");
        return FrameworkRules.Normalize(document);
    }
}
