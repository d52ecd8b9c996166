namespace ChallengeHub.Grains.Milestones;

/// <summary>
/// Hears of every page a milestone log seals, when registered as a singleton in a silo (tests do): a log seals after its
/// answer, so this is how a caller awaits a team's seal.
/// </summary>
public sealed class MilestoneSeals
{
    private readonly Dictionary<Guid, int> _sealed = [];
    private readonly List<(Guid TeamId, int Pages, TaskCompletionSource Done)> _waiting = [];

    /// <summary>Completes once the log of <paramref name="teamId"/> has stored at least <paramref name="pages"/> sealed pages.</summary>
    public Task SealedAsync(Guid teamId, int pages)
    {
        lock (_waiting)
        {
            if (_sealed.GetValueOrDefault(teamId) >= pages)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((teamId, pages, done));
            return done.Task;
        }
    }

    internal void Report(Guid teamId, int pages)
    {
        lock (_waiting)
        {
            _sealed[teamId] = pages;
            foreach (var waiting in _waiting.Where(w => w.TeamId == teamId && w.Pages <= pages).ToList())
            {
                waiting.Done.SetResult();
                _waiting.Remove(waiting);
            }
        }
    }
}
