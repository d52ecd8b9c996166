using System.Collections.Concurrent;

namespace ChallengeHub.Benchmark;

/// <summary>
/// Joins what tablets sent with what watchers received, by milestone id. A delta can arrive before the POST that caused it
/// has answered, so either side may create a milestone's entry.
/// </summary>
internal sealed class Deliveries(IReadOnlyDictionary<Guid, int> watchersPerChallenge)
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _expected;
    private long _arrived;
    private int _sendingDone;

    /// <summary>Completes once sending is done and every acknowledged milestone reached every watcher of its challenge.</summary>
    public Task AllArrived => _allArrived.Task;

    public void Acknowledged(Guid milestoneId, Guid challengeId, long sendStart, bool measured)
    {
        var entry = _entries.GetOrAdd(milestoneId, _ => new Entry());
        lock (entry)
        {
            entry.ChallengeId = challengeId;
            entry.SendStart = sendStart;
            entry.Measured = measured;
            entry.Acknowledged = true;
        }

        Interlocked.Add(ref _expected, watchersPerChallenge.GetValueOrDefault(challengeId));
        CompleteWhenDone();
    }

    public void Received(Guid milestoneId, long arrived)
    {
        var entry = _entries.GetOrAdd(milestoneId, _ => new Entry());
        lock (entry)
        {
            entry.Arrivals++;
            entry.LastArrival = Math.Max(entry.LastArrival, arrived);
        }

        Interlocked.Increment(ref _arrived);
        CompleteWhenDone();
    }

    public void SendingDone()
    {
        Interlocked.Exchange(ref _sendingDone, 1);
        CompleteWhenDone();
    }

    /// <summary>Latency from send start to the last watcher's arrival, for measured milestones every watcher received.</summary>
    public IReadOnlyList<TimeSpan> Latencies() =>
        [.. _entries.Values
            .Where(e => e.Acknowledged && e.Measured && e.Arrivals >= watchersPerChallenge.GetValueOrDefault(e.ChallengeId) && e.Arrivals > 0)
            .Select(e => TimeProvider.System.GetElapsedTime(e.SendStart, e.LastArrival))];

    /// <summary>Every acknowledged milestone of <paramref name="challengeId"/>.</summary>
    public IReadOnlyList<Guid> AcknowledgedIn(Guid challengeId) =>
        [.. _entries.Where(e => e.Value.Acknowledged && e.Value.ChallengeId == challengeId).Select(e => e.Key)];

    private void CompleteWhenDone()
    {
        if (Volatile.Read(ref _sendingDone) == 1 && Interlocked.Read(ref _arrived) >= Interlocked.Read(ref _expected))
        {
            _allArrived.TrySetResult();
        }
    }

    private sealed class Entry
    {
        public Guid ChallengeId { get; set; }
        public long SendStart { get; set; }
        public bool Measured { get; set; }
        public bool Acknowledged { get; set; }
        public int Arrivals { get; set; }
        public long LastArrival { get; set; }
    }
}
