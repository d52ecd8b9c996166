using System.Collections.Immutable;

namespace ChallengeHub.Grains.Evidence;

[GenerateSerializer, Alias("EvidenceState")]
public sealed class EvidenceState
{
    [Id(0)]
    public Guid ChallengeId { get; set; }

    /// <summary>Oldest first.</summary>
    [Id(1)]
    public ImmutableArray<EvidencePhoto> Photos { get; set; } = [];
}
