using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

/// <summary>The list of all challenges (a singleton, key 0). Read when someone picks a challenge, written when one is created.</summary>
[Alias("IChallengeDirectoryGrain")]
public interface IChallengeDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Add")]
    Task AddAsync(ChallengeSummary challenge);

    /// <summary>All challenges, ordered by title.</summary>
    [Alias("List")]
    Task<ImmutableArray<ChallengeSummary>> ListAsync();
}
