using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Push;

/// <summary>One per silo: hands wall deltas, showcase updates and offers to the hub connections of that silo.</summary>
[Alias("IWallObserver")]
public interface IWallObserver : IGrainObserver
{
    [Alias("OnWallDelta")]
    Task OnWallDeltaAsync(WallDelta delta);

    [Alias("OnShowcaseTeam")]
    Task OnShowcaseTeamAsync(ShowcaseTeamUpdate update);

    /// <summary>An offer was made to a team of the challenge, or answered.</summary>
    [Alias("OnOffer")]
    Task OnOfferAsync(Guid challengeId, Offer offer);
}
