using ChallengeHub.Grains.Showcase;
using ChallengeHub.Silo.Observability;
using Microsoft.AspNetCore.SignalR;

namespace ChallengeHub.Silo.Live;

/// <summary>
/// Turns "something of this team changed" into the team's showcase entry for this silo's showcase watchers, and only when there
/// are any: building an entry reads the team's pupils, milestones, photos and badges, work a milestone should not cost while
/// nobody watches the showcase. Changes of one team are built one after the other; changes that arrive while one waits to be
/// built are covered by it, since it reads the team's state when it starts.
/// </summary>
public sealed class ShowcaseRelay(
    IGrainFactory grains,
    IHubContext<LiveHub> hub,
    ShowcaseWatchers watchers,
    Telemetry telemetry,
    ILogger<ShowcaseRelay> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(Guid ChallengeId, Guid TeamId), Task> _building = [];
    private readonly HashSet<(Guid ChallengeId, Guid TeamId)> _waiting = [];

    public Task TeamChangedAsync(Guid challengeId, Guid teamId)
    {
        if (!watchers.AnyWatch(challengeId))
        {
            return Task.CompletedTask;
        }

        var team = (challengeId, teamId);
        lock (_gate)
        {
            if (!_waiting.Add(team))
            {
                return Task.CompletedTask;
            }

            var previous = _building.GetValueOrDefault(team, Task.CompletedTask);
            var building = Task.Run(() => BuildAfterAsync(previous, team));
            _building[team] = building;
            _ = building.ContinueWith(done => Forget(team, done), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return Task.CompletedTask;
    }

    /// <summary>Waits until every entry started so far is built and sent (for tests and an orderly shutdown).</summary>
    public Task SentAsync()
    {
        lock (_gate)
        {
            return Task.WhenAll(_building.Values);
        }
    }

    private async Task BuildAfterAsync(Task previous, (Guid ChallengeId, Guid TeamId) team)
    {
        await previous;
        lock (_gate)
        {
            _waiting.Remove(team);
        }

        try
        {
            if (await grains.GetGrain<IShowcaseGrain>(team.ChallengeId).GetTeamUpdateAsync(team.TeamId) is not { } update)
            {
                return;
            }

            telemetry.ShowcaseEntryBuilt(team.ChallengeId);
            // To the organiser and invited employers (of the whole season, or of the team's venue) always; to everyone else
            // only while the showcase is public.
            string[] members = [LiveHub.ShowcaseGroupOf(update.ChallengeId), LiveHub.ShowcaseTeamGroupOf(update.ChallengeId, update.TeamId)];
            await hub.Clients.Groups(update.Public ? [.. members, LiveHub.PublicShowcaseGroupOf(update.ChallengeId)] : members)
                .SendAsync(LiveHub.ShowcaseTeamMethod, update);
        }
        catch (Exception exception)
        {
            // A watcher that misses an entry catches up from the feed when it reconnects.
            logger.LogWarning(exception, "Showcase entry of team {TeamId} not sent to this silo's watchers", team.TeamId);
        }
    }

    private void Forget((Guid ChallengeId, Guid TeamId) team, Task built)
    {
        lock (_gate)
        {
            if (_building.TryGetValue(team, out var last) && last == built)
            {
                _building.Remove(team);
            }
        }
    }
}
