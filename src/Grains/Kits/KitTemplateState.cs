using System.Collections.Immutable;

namespace ChallengeHub.Grains.Kits;

[GenerateSerializer, Alias("KitTemplateState")]
public sealed class KitTemplateState
{
    [Id(0)]
    public int Version { get; set; }

    [Id(1)]
    public ImmutableArray<KitTemplateItem> Items { get; set; } = [];

    [Id(2)]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Kits were issued from this template, so a team registered later gets its kit when it registers.</summary>
    [Id(3)]
    public bool Issued { get; set; }
}
