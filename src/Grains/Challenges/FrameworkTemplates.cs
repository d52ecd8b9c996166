using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

/// <summary>The built-in competence frameworks a new challenge starts from, one per sector.</summary>
public static class FrameworkTemplates
{
    /// <summary>Level names say what a pupil shows, never what is missing.</summary>
    private static readonly ImmutableArray<RubricLevel> Levels =
    [
        new(1, new("Verkent", "Exploring")),
        new(2, new("Past toe", "Applying")),
        new(3, new("Zelfstandig", "Independent")),
        new(4, new("Inspireert anderen", "Inspiring others")),
    ];

    private static readonly ImmutableArray<Competence> Electro =
    [
        Make("veilig-werken", "Veilig werken met elektriciteit", "Working safely with electricity"),
        Make("bedraden", "Bedraden en aansluiten", "Wiring and terminations"),
        Make("meten-testen", "Meten en testen", "Measuring and testing"),
        Make("ontwerpen-bouwen", "Ontwerpen en bouwen", "Designing and building"),
        Make("storingen-zoeken", "Storingen zoeken", "Fault finding"),
        Make("plannen-aankopen", "Plannen en aankopen binnen budget", "Planning and purchasing within a budget"),
        Make("samenwerken", "Samenwerken", "Teamwork"),
        Make("presenteren", "Presenteren", "Presenting"),
    ];

    private static readonly ImmutableArray<Competence> Construction =
    [
        Make("meten-uitzetten", "Meten en uitzetten", "Measuring and setting out"),
        Make("materiaalkennis", "Materiaalkennis", "Material knowledge"),
        Make("vakkundig-uitvoeren", "Vakkundig uitvoeren", "Craft execution"),
        Make("afwerken", "Afwerken", "Finishing"),
        Make("duurzaam-bouwen", "Duurzaam bouwen", "Sustainability"),
        Make("originaliteit", "Originaliteit en creativiteit", "Originality and creativity"),
        Make("innovatie", "Innovatie", "Innovation"),
        Make("veilig-werken", "Veilig werken", "Working safely"),
        Make("samenwerken", "Samenwerken", "Teamwork"),
        Make("presenteren", "Presenteren", "Presenting"),
    ];

    public static ImmutableArray<Competence> For(Sector sector) => sector switch
    {
        Sector.Electro => Electro,
        Sector.Construction => Construction,
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "No framework template for this sector."),
    };

    private static Competence Make(string id, string nl, string en) => new(id, new(nl, en), Levels);
}
