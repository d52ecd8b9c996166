using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

[GenerateSerializer, Alias("ChallengeDirectoryState")]
public sealed class ChallengeDirectoryState
{
    [Id(0)]
    public ImmutableArray<ChallengeSummary> Challenges { get; set; } = [];
}
