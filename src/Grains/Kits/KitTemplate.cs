using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Kits;

/// <summary>One line of a challenge's kit: what every team receives. <paramref name="UnitValueCents"/> is in euro cents.</summary>
[GenerateSerializer, Immutable, Alias("KitTemplateItem")]
public sealed record KitTemplateItem(string PartNumber, string Description, int Quantity, int? UnitValueCents);

/// <summary>
/// The kit every team of a challenge is issued. <paramref name="Version"/> grows with each change, so that issuing
/// the same template again changes no kit; it is 0 (with no items) until the organiser sets one.
/// </summary>
[GenerateSerializer, Immutable, Alias("KitTemplate")]
public sealed record KitTemplate(Guid ChallengeId, int Version, ImmutableArray<KitTemplateItem> Items, DateTimeOffset? UpdatedAt);

/// <summary>Body of <c>PUT /api/challenges/{challengeId}/kit-template</c>: the whole item list, replacing the previous one.</summary>
[GenerateSerializer, Immutable, Alias("SetKitTemplateRequest")]
public sealed record SetKitTemplateRequest(KitTemplateItemRequest?[]? Items);

[GenerateSerializer, Immutable, Alias("KitTemplateItemRequest")]
public sealed record KitTemplateItemRequest(
    [property: MaxLength(KitRules.MaxPartNumberLength)] string? PartNumber,
    [property: MaxLength(KitTemplateGrain.MaxDescriptionLength)] string? Description,
    int? Quantity,
    int? UnitValueCents);

/// <summary>How issuing a kit to a team went.</summary>
[Alias("KitIssueOutcome")]
public enum KitIssueOutcome
{
    /// <summary>The team had no kit yet and now has one.</summary>
    Issued,

    /// <summary>The team's kit followed a changed template; its check-in was kept.</summary>
    Updated,

    /// <summary>The team already had this version of the template: nothing changed.</summary>
    Unchanged,
}

/// <summary>What issuing the kit to every team of a challenge did, counted per outcome.</summary>
[GenerateSerializer, Immutable, Alias("IssueKitsResult")]
public sealed record IssueKitsResult(int Issued, int Updated, int Unchanged);
