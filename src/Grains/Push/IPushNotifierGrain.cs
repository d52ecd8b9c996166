using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Seasons;
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

    /// <summary>
    /// Something of the team changed (a milestone, badge, consent or erase): tells every silo, and a silo whose connections
    /// watch the challenge's showcase sends them what it shows of the team now. One-way, so the pupil's or juror's request
    /// never waits for the showcase; a watcher that misses it catches up from the feed when it reconnects.
    /// </summary>
    [Alias("PublishShowcaseTeamChanged"), OneWay]
    Task PublishShowcaseTeamChangedAsync(Guid challengeId, Guid teamId);

    [Alias("PublishOffer")]
    Task PublishOfferAsync(Guid challengeId, Offer offer);

    [Alias("PublishPupilJoined")]
    Task PublishPupilJoinedAsync(PupilJoined joined);

    [Alias("PublishJoinRequested")]
    Task PublishJoinRequestedAsync(JoinRequested request);

    /// <summary>The season changed (venues, deliberation, publication, kit check-in); one-way, screens that miss it read again on reconnect.</summary>
    [Alias("PublishSeasonChanged"), OneWay]
    Task PublishSeasonChangedAsync(SeasonChange change);
}
