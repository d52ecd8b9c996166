using System.Collections.Immutable;

namespace ChallengeHub.Grains.Voice;

/// <summary>
/// A team's check-in answers as counts, apart from the team and its pupils. Keyed by team id. The team grain adds a pupil's
/// answers under a one-time ticket, so that a retry after a failure part-way counts them once.
/// </summary>
[Alias("ICheckInTallyGrain")]
public interface ICheckInTallyGrain : IGrainWithGuidKey
{
    /// <summary>Adds one pupil's answers (question id to 1-4) at <paramref name="moment"/>, once per <paramref name="ticket"/>.</summary>
    [Alias("Add")]
    Task AddAsync(Guid ticket, CheckInMoment moment, ImmutableDictionary<string, int> answers);

    /// <summary>Forgets a ticket once the team has marked the pupil as answered; no retry can bring it back.</summary>
    [Alias("Forget")]
    Task ForgetAsync(Guid ticket);

    [Alias("Get")]
    Task<CheckInTally> GetAsync();
}
