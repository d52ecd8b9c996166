using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Observability;
using Microsoft.AspNetCore.SignalR;

namespace ChallengeHub.Silo.Live;

/// <summary>
/// This silo's end of the push path: hands each wall delta, showcase update, offer and new team member to the local connections watching it.
/// </summary>
/// <remarks>
/// A wall waits only for the hand-over of its delta, not until every socket of the challenge has taken the delta, so it can store its
/// next change while this silo is still sending. A wall hands over one delta at a time, in sequence order; the deltas of one
/// challenge are sent one after the other in that order, those of different challenges side by side.
/// </remarks>
public sealed class HubPushObserver(IHubContext<LiveHub> hub, ShowcaseRelay showcase, Telemetry telemetry, TimeProvider time, ILogger<HubPushObserver> logger) : IPushObserver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Task> _sending = [];

    public Task OnWallDeltaAsync(WallDelta delta)
    {
        lock (_gate)
        {
            var previous = _sending.GetValueOrDefault(delta.ChallengeId, Task.CompletedTask);
            var sending = Task.Run(() => SendAfterAsync(previous, delta));
            _sending[delta.ChallengeId] = sending;
            _ = sending.ContinueWith(done => Forget(delta.ChallengeId, done), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return Task.CompletedTask;
    }

    public Task OnShowcaseTeamChangedAsync(Guid challengeId, Guid teamId) => showcase.TeamChangedAsync(challengeId, teamId);

    /// <summary>To the team's coach, to the employer who made the offer, and to the organiser.</summary>
    public Task OnOfferAsync(Guid challengeId, Offer offer) =>
        hub.Clients.Groups(
                LiveHub.TeamOffersGroupOf(challengeId, offer.TeamId),
                LiveHub.EmployerOffersGroupOf(challengeId, offer.EmployerId),
                LiveHub.AllOffersGroupOf(challengeId))
            .SendAsync(LiveHub.OfferMethod, offer);

    public Task OnPupilJoinedAsync(PupilJoined joined) =>
        hub.Clients.Group(LiveHub.TeamPupilsGroupOf(joined.ChallengeId, joined.Pupil.TeamId)).SendAsync(LiveHub.PupilJoinedMethod, joined);

    public Task OnJoinRequestedAsync(JoinRequested request) =>
        hub.Clients.Group(LiveHub.TeamPupilsGroupOf(request.ChallengeId, request.TeamId)).SendAsync(LiveHub.JoinRequestedMethod, request);

    /// <summary>To every watcher of the challenge: venue walls, the ceremony and the venue overview read again what concerns them.</summary>
    public Task OnSeasonChangedAsync(SeasonChange change) =>
        hub.Clients.Group(LiveHub.GroupOf(change.ChallengeId)).SendAsync(LiveHub.SeasonChangedMethod, change);

    /// <summary>Waits until this silo has sent every delta handed over so far (for an orderly shutdown).</summary>
    public Task SentAsync()
    {
        lock (_gate)
        {
            return Task.WhenAll([.. _sending.Values, showcase.SentAsync()]);
        }
    }

    private async Task SendAfterAsync(Task previous, WallDelta delta)
    {
        await previous;
        using var activity = Telemetry.Activities.StartActivity("wall delta sent");
        activity?.SetTag(Telemetry.ChallengeTag, delta.ChallengeId.ToString());
        activity?.SetTag("sequence", delta.Sequence);
        try
        {
            await hub.Clients.Group(LiveHub.GroupOf(delta.ChallengeId)).SendAsync(LiveHub.WallDeltaMethod, delta);
            telemetry.DeltaDelivered(delta.ChallengeId, delta.Kind, time.GetUtcNow() - delta.StoredAt);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
            // Watchers that miss a delta see the sequence gap and fetch the snapshot.
            logger.LogWarning(exception, "Wall delta {Sequence} of challenge {ChallengeId} not sent to this silo's watchers", delta.Sequence, delta.ChallengeId);
        }
    }

    private void Forget(Guid challengeId, Task sent)
    {
        lock (_gate)
        {
            if (_sending.TryGetValue(challengeId, out var last) && last == sent)
            {
                _sending.Remove(challengeId);
            }
        }
    }
}
