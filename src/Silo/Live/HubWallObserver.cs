using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Grains.Walls;
using Microsoft.AspNetCore.SignalR;

namespace ChallengeHub.Silo.Live;

/// <summary>This silo's end of the push path: hands each wall delta, showcase update and offer to the local connections watching it.</summary>
public sealed class HubWallObserver(IHubContext<LiveHub> hub) : IWallObserver
{
    public Task OnWallDeltaAsync(WallDelta delta) =>
        hub.Clients.Group(LiveHub.GroupOf(delta.ChallengeId)).SendAsync(LiveHub.WallDeltaMethod, delta);

    public Task OnShowcaseTeamAsync(ShowcaseTeamUpdate update) =>
        hub.Clients.Group(LiveHub.ShowcaseGroupOf(update.ChallengeId)).SendAsync(LiveHub.ShowcaseTeamMethod, update);

    public Task OnOfferAsync(Guid challengeId, Offer offer) =>
        hub.Clients.Group(LiveHub.TeamOffersGroupOf(challengeId, offer.TeamId)).SendAsync(LiveHub.OfferMethod, offer);
}
