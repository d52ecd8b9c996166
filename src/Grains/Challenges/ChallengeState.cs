using System.Collections.Immutable;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Challenges;

[GenerateSerializer, Alias("ChallengeState")]
public sealed class ChallengeState
{
    [Id(0)]
    public ChallengeDetails? Details { get; set; }

    /// <summary>The team registry, kept in name order.</summary>
    [Id(1)]
    public ImmutableArray<TeamDetails> Teams { get; set; } = [];
}
