using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Push;

/// <summary>
/// One per silo, at the end of the push path: hands wall deltas, showcase updates and offers to the live (hub) connections
/// of that silo.
/// </summary>
/// <remarks>The alias keeps its first name: the push registry stores references to it, and those are read by alias.</remarks>
[Alias("IWallObserver")]
public interface IPushObserver : IGrainObserver
{
    [Alias("OnWallDelta")]
    Task OnWallDeltaAsync(WallDelta delta);

    /// <summary>Something of the team changed; the silo builds and sends the team's showcase entry only if its connections watch it.</summary>
    [Alias("OnShowcaseTeamChanged")]
    Task OnShowcaseTeamChangedAsync(Guid challengeId, Guid teamId);

    /// <summary>An offer was made to a team of the challenge, or answered.</summary>
    [Alias("OnOffer")]
    Task OnOfferAsync(Guid challengeId, Offer offer);

    /// <summary>A pupil joined a team of the challenge.</summary>
    [Alias("OnPupilJoined")]
    Task OnPupilJoinedAsync(PupilJoined joined);

    /// <summary>A nickname waits for the approval of a team's coach.</summary>
    [Alias("OnJoinRequested")]
    Task OnJoinRequestedAsync(JoinRequested request);

    /// <summary>Something of the challenge's season changed.</summary>
    [Alias("OnSeasonChanged")]
    Task OnSeasonChangedAsync(SeasonChange change);
}
