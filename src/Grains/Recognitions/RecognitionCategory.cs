using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Grains.Recognitions;

/// <summary>A kind of recognition a jury can give (e.g. "creativity"), named in the three languages; every team can get one.</summary>
[GenerateSerializer, Immutable, Alias("RecognitionCategory")]
public sealed record RecognitionCategory(string Id, LocalizedText Name);

/// <summary>Body of <c>PUT /api/challenges/{challengeId}/recognition-categories</c>: the categories in the order screens show them.</summary>
[GenerateSerializer, Immutable, Alias("RecognitionCategoriesRequest")]
public sealed record RecognitionCategoriesRequest(ImmutableArray<RecognitionCategoryRequest>? Categories);

/// <summary>One category to keep or add; a new one gets its id from its Dutch name.</summary>
[GenerateSerializer, Immutable, Alias("RecognitionCategoryRequest")]
public sealed record RecognitionCategoryRequest(
    [property: MaxLength(RecognitionCategories.MaxIdLength)] string? Id,
    [property: MaxLength(RecognitionCategories.MaxNameLength)] string? Nl,
    [property: MaxLength(RecognitionCategories.MaxNameLength)] string? En,
    [property: MaxLength(RecognitionCategories.MaxNameLength)] string? Fr);

/// <summary>The categories a challenge starts with, from its sector's practice (the side prizes of the Elektro Challenge, the Bouwschoolaward's criteria).</summary>
public static class RecognitionCategories
{
    public const int MaxCategories = 12;
    public const int MaxIdLength = 60;
    public const int MaxNameLength = 80;

    public static ImmutableArray<RecognitionCategory> For(Sector sector) => sector == Sector.Electro
        ?
        [
            new("techniciteit-innovatie", new("Techniciteit en innovatie", "Technicity and innovation", "Technicité et innovation")),
            new("proces", new("Proces", "Process", "Processus")),
            new("creativiteit", new("Creativiteit", "Creativity", "Créativité")),
            new("duurzaamheid", new("Duurzaamheid", "Sustainability", "Durabilité")),
            new("veilig-werken", new("Veilig werken", "Safe work", "Travail en sécurité")),
            new("samenwerking", new("Samenwerking", "Teamwork", "Travail d’équipe")),
        ]
        :
        [
            new("originaliteit", new("Originaliteit", "Originality", "Originalité")),
            new("creativiteit", new("Creativiteit", "Creativity", "Créativité")),
            new("innovatie", new("Innovatie", "Innovation", "Innovation")),
            new("duurzaamheid", new("Duurzaamheid", "Sustainability", "Durabilité")),
            new("vakmanschap", new("Vakmanschap", "Craftsmanship", "Savoir-faire")),
        ];

    /// <summary>Checks the organiser's list, or throws Invalid naming each field that needs another look.</summary>
    public static ImmutableArray<RecognitionCategory> Normalize(RecognitionCategoriesRequest request)
    {
        var validation = new Validation();
        var asked = request.Categories ?? [];
        if (asked.IsEmpty || asked.Length > MaxCategories)
        {
            validation.Add("categories", $"Give between 1 and {MaxCategories} categories.");
        }

        var categories = asked.Take(MaxCategories).Select((category, i) =>
        {
            var nl = validation.Name($"categories[{i}].nl", category?.Nl, MaxNameLength);
            var en = validation.Name($"categories[{i}].en", category?.En, MaxNameLength);
            var fr = validation.Name($"categories[{i}].fr", category?.Fr, MaxNameLength, required: false);
            var id = Slug(string.IsNullOrWhiteSpace(category?.Id) ? nl : category.Id);
            return new RecognitionCategory(id, new(nl, en, fr.Length > 0 ? fr : null));
        }).ToImmutableArray();
        if (categories.Select(c => c.Id).Distinct().Count() != categories.Length)
        {
            validation.Add("categories", "Each category has its own name.");
        }

        validation.ThrowIfInvalid();
        return categories;
    }

    private static string Slug(string text)
    {
        var slug = new string([.. text.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > MaxIdLength ? slug[..MaxIdLength] : slug;
    }
}
