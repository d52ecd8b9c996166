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
}
