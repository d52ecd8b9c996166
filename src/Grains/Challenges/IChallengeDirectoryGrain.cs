using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

/// <summary>
/// The list of all challenges (a singleton, key 0), kept in partitions by challenge id. Read when someone picks a challenge,
/// written when one is created or changes.
/// </summary>
[Alias("IChallengeDirectoryGrain")]
public interface IChallengeDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Lists the challenge, or updates its entry when it is listed already. Refused (409) when its partition is full.</summary>
    [Alias("Set")]
    Task SetAsync(ChallengeSummary challenge);

    /// <summary>All challenges, ordered by title.</summary>
    [Alias("List")]
    Task<ImmutableArray<ChallengeSummary>> ListAsync();
}
