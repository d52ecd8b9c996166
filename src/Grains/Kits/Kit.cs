using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Kits;

/// <summary>What the coach found when checking an item of the kit.</summary>
[Alias("KitItemStatus")]
public enum KitItemStatus
{
    NotCheckedIn,
    Received,
    Missing,
    Damaged,
}

/// <summary>
/// A team's kit as coach and organiser see it. <see cref="IssuedAt"/> is <c>null</c> (and the lists empty) until the
/// organiser issues it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Kit")]
public sealed record Kit(Guid TeamId, Guid ChallengeId, DateTimeOffset? IssuedAt, ImmutableArray<KitItem> Items, ImmutableArray<KitReplacement> Replacements);

/// <summary>
/// One item of a team's kit with its check-in. <paramref name="AffectedQuantity"/> is how many are missing or damaged;
/// <paramref name="OpenIssue"/> is true while a missing or damaged item has no delivered replacement.
/// </summary>
[GenerateSerializer, Immutable, Alias("KitItem")]
public sealed record KitItem(
    string PartNumber,
    string Description,
    int Quantity,
    int? UnitValueCents,
    KitItemStatus Status,
    int AffectedQuantity,
    string Note,
    DateTimeOffset? CheckedInAt,
    bool OpenIssue);

/// <summary>A coach's request for a replacement of a missing or damaged item; open until the organiser delivers it.</summary>
[GenerateSerializer, Immutable, Alias("KitReplacement")]
public sealed record KitReplacement(Guid Id, string PartNumber, int Quantity, string Reason, DateTimeOffset RequestedAt, DateTimeOffset? DeliveredAt);

/// <summary>
/// Body of <c>PUT …/kit/items/{partNumber}/check-in</c>. <paramref name="Status"/> is <c>received</c>, <c>missing</c> or
/// <c>damaged</c>; <paramref name="Quantity"/> is how many are missing or damaged (all of them when left out).
/// </summary>
[GenerateSerializer, Immutable, Alias("CheckInKitItemRequest")]
public sealed record CheckInKitItemRequest(string? Status, int? Quantity, [property: MaxLength(KitGrain.MaxNoteLength)] string? Note);

/// <summary>Body of <c>POST …/kit/replacements</c>.</summary>
[GenerateSerializer, Immutable, Alias("RequestReplacementRequest")]
public sealed record RequestReplacementRequest(
    [property: MaxLength(KitRules.MaxPartNumberLength)] string? PartNumber,
    [property: Range(1, KitRules.MaxQuantity)] int? Quantity,
    [property: MaxLength(KitGrain.MaxReasonLength)] string? Reason);

/// <summary>A team's open kit issues: missing or damaged items without a delivered replacement, and open replacement requests.</summary>
[GenerateSerializer, Immutable, Alias("KitIssues")]
public sealed record KitIssues(ImmutableArray<KitItem> Items, ImmutableArray<KitReplacement> OpenReplacements)
{
    public bool IsEmpty => Items.IsEmpty && OpenReplacements.IsEmpty;
}

/// <summary>One team's open kit issues in the organiser's list, which is ordered by team name.</summary>
[GenerateSerializer, Immutable, Alias("TeamKitIssues")]
public sealed record TeamKitIssues(Guid TeamId, string TeamName, string School, ImmutableArray<KitItem> Items, ImmutableArray<KitReplacement> OpenReplacements);
