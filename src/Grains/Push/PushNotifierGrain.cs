using System.Collections.Immutable;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Grains.Push;

[StatelessWorker]
public sealed class PushNotifierGrain(IClusterMembershipService membership, TimeProvider time, ILogger<PushNotifierGrain> logger) : Grain, IPushNotifierGrain
{
    /// <summary>How long the list of observers is trusted while cluster membership does not change.</summary>
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private ImmutableArray<IPushObserver> _observers = [];
    private MembershipVersion _membershipVersion = MembershipVersion.MinValue;
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;

    public Task PublishAsync(WallDelta delta) =>
        DeliverToEveryAsync(observer => observer.OnWallDeltaAsync(delta), $"Wall delta {delta.Sequence} of challenge {delta.ChallengeId}");

    public Task PublishShowcaseTeamChangedAsync(Guid challengeId, Guid teamId) =>
        DeliverToEveryAsync(observer => observer.OnShowcaseTeamChangedAsync(challengeId, teamId), $"Showcase change of team {teamId}");

    public Task PublishOfferAsync(Guid challengeId, Offer offer) =>
        DeliverToEveryAsync(observer => observer.OnOfferAsync(challengeId, offer), $"Offer {offer.Id} of challenge {challengeId}");

    public Task PublishPupilJoinedAsync(PupilJoined joined) =>
        DeliverToEveryAsync(observer => observer.OnPupilJoinedAsync(joined), $"New member of team {joined.Pupil.TeamId}");

    public Task PublishJoinRequestedAsync(JoinRequested request) =>
        DeliverToEveryAsync(observer => observer.OnJoinRequestedAsync(request), $"Join request for team {request.TeamId}");

    public Task PublishSeasonChangedAsync(SeasonChange change) =>
        DeliverToEveryAsync(observer => observer.OnSeasonChangedAsync(change), $"Season change of challenge {change.ChallengeId}");

    private async Task DeliverToEveryAsync(Func<IPushObserver, Task> deliver, string what)
    {
        var observers = await GetObserversAsync();
        await Task.WhenAll(observers.Select(async observer =>
        {
            try
            {
                await deliver(observer);
            }
            catch (Exception exception)
            {
                // One unreachable silo must not hold back the others; its clients catch up over HTTP when they reconnect.
                logger.LogWarning(exception, "{What} not delivered to a silo", what);
                _refreshedAt = DateTimeOffset.MinValue;
            }
        }));
    }

    private async ValueTask<ImmutableArray<IPushObserver>> GetObserversAsync()
    {
        var version = membership.CurrentSnapshot.Version;
        if (version != _membershipVersion || time.GetUtcNow() - _refreshedAt > RefreshInterval)
        {
            _observers = await GrainFactory.GetGrain<IPushRegistryGrain>(Constants.SingletonKey).GetObserversAsync();
            (_membershipVersion, _refreshedAt) = (version, time.GetUtcNow());
        }

        return _observers;
    }
}
