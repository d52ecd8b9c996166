using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

/// <summary>Challenges ordered by title: those of one directory partition (or, before the split, the whole directory).</summary>
[GenerateSerializer, Alias("ChallengeDirectoryState")]
public sealed class ChallengeDirectoryState
{
    [Id(0)]
    public ImmutableArray<ChallengeSummary> Challenges { get; set; } = [];
}
