using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

/// <summary>
/// One part of the list of all challenges (key 0 to <see cref="ChallengeDirectoryGrain.Partitions"/> - 1). A challenge's
/// partition follows from its id; reach the partitions through <see cref="IChallengeDirectoryGrain"/>.
/// </summary>
[Alias("IChallengeDirectoryPartitionGrain")]
public interface IChallengeDirectoryPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>Lists the challenge, or updates its entry when it is listed already. Refused (409) when the partition is full.</summary>
    [Alias("Set")]
    Task SetAsync(ChallengeSummary challenge);

    /// <summary>Lists those of <paramref name="challenges"/> that are not listed yet; entries already listed are newer and stay.</summary>
    [Alias("AddMissing")]
    Task AddMissingAsync(ImmutableArray<ChallengeSummary> challenges);

    /// <summary>The challenges of this partition, ordered by title.</summary>
    [Alias("List")]
    Task<ImmutableArray<ChallengeSummary>> ListAsync();
}
