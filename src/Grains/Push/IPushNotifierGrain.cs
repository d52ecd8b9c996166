using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Push;

/// <summary>Delivers wall deltas, showcase updates, offers and new team members to the hub observer of every silo. A local stateless worker: call it with key 0.</summary>
[Alias("IPushNotifierGrain")]
public interface IPushNotifierGrain : IGrainWithIntegerKey
{
    /// <summary>Completes when every silo's observer has the delta, so a caller that awaits each delta keeps them in order.</summary>
    [Alias("Publish")]
    Task PublishAsync(WallDelta delta);

    [Alias("PublishShowcaseTeam")]
    Task PublishShowcaseTeamAsync(ShowcaseTeamUpdate update);

    [Alias("PublishOffer")]
    Task PublishOfferAsync(Guid challengeId, Offer offer);

    [Alias("PublishPupilJoined")]
    Task PublishPupilJoinedAsync(PupilJoined joined);

    [Alias("PublishJoinRequested")]
    Task PublishJoinRequestedAsync(JoinRequested request);
}
