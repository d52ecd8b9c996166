using System.Collections.Immutable;

namespace ChallengeHub.Grains.Kits;

[GenerateSerializer, Alias("KitState")]
public sealed class KitState
{
    [Id(0)]
    public Guid ChallengeId { get; set; }

    [Id(1)]
    public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>The template version the kit follows; issuing that version again changes nothing.</summary>
    [Id(2)]
    public int TemplateVersion { get; set; }

    [Id(3)]
    public ImmutableArray<IssuedKitItem> Items { get; set; } = [];

    /// <summary>Oldest first.</summary>
    [Id(4)]
    public ImmutableArray<StoredReplacement> Replacements { get; set; } = [];

    /// <summary>Numbers every check-in that changes what is missing or damaged, so a replacement answers one check-in only.</summary>
    [Id(5)]
    public int CheckIns { get; set; }
}

/// <summary>
/// An issued item and its check-in. <paramref name="CheckIn"/> is the number of the check-in that set the current
/// status: a replacement requested for that check-in closes the issue once delivered; a later check-in opens a new one.
/// </summary>
[GenerateSerializer, Immutable, Alias("IssuedKitItem")]
public sealed record IssuedKitItem(
    string PartNumber,
    string Description,
    int Quantity,
    int? UnitValueCents,
    KitItemStatus Status,
    int AffectedQuantity,
    string Note,
    DateTimeOffset? CheckedInAt,
    int CheckIn)
{
    public bool IsMissingOrDamaged => Status is KitItemStatus.Missing or KitItemStatus.Damaged;

    public static IssuedKitItem From(KitTemplateItem item) =>
        new(item.PartNumber, item.Description, item.Quantity, item.UnitValueCents, KitItemStatus.NotCheckedIn, 0, string.Empty, null, 0);

    /// <summary>Takes the template's wording and quantities, keeps the check-in (no more affected than there now are).</summary>
    public IssuedKitItem Follow(KitTemplateItem item) =>
        this with
        {
            PartNumber = item.PartNumber,
            Description = item.Description,
            Quantity = item.Quantity,
            UnitValueCents = item.UnitValueCents,
            AffectedQuantity = Math.Min(AffectedQuantity, item.Quantity),
        };
}

[GenerateSerializer, Immutable, Alias("StoredReplacement")]
public sealed record StoredReplacement(KitReplacement Replacement, int CheckIn, string? IdempotencyKey) : IIdempotentEntry
{
    public bool Repeats(string partNumber, int quantity, string reason) =>
        string.Equals(Replacement.PartNumber, partNumber, StringComparison.OrdinalIgnoreCase) && Replacement.Quantity == quantity && Replacement.Reason == reason;
}
