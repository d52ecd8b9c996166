using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Benchmark;

/// <summary>What one watcher saw: its snapshot's sequence, then every delta's sequence in arrival order.</summary>
public sealed record WatcherLog(Guid ChallengeId, long SnapshotSequence, IReadOnlyList<long> Sequences, IReadOnlySet<Guid> MilestoneIds);

/// <summary>A wall client: watches one challenge over the hub and notes each delta and when it arrived.</summary>
internal sealed class Watcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Deliveries _deliveries;
    private readonly List<long> _sequences = [];
    private readonly HashSet<Guid> _milestoneIds = [];
    private readonly Lock _gate = new();
    private long _snapshotSequence;

    private Watcher(Uri url, Guid challengeId, Deliveries deliveries)
    {
        ChallengeId = challengeId;
        _deliveries = deliveries;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(url, "/hubs/challenge"))
            .AddJsonProtocol(options => options.PayloadSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web))
            .Build();
        _connection.On<DeltaBody>("wallDelta", OnDelta);
    }

    public Guid ChallengeId { get; }

    public static async Task<Watcher> StartAsync(Uri url, Guid challengeId, Deliveries deliveries, CancellationToken cancellationToken)
    {
        var watcher = new Watcher(url, challengeId, deliveries);
        await watcher._connection.StartAsync(cancellationToken);
        var snapshot = await watcher._connection.InvokeAsync<SnapshotBody>("WatchChallenge", challengeId, cancellationToken);
        lock (watcher._gate)
        {
            watcher._snapshotSequence = snapshot.Sequence;
        }

        return watcher;
    }

    public WatcherLog Log()
    {
        lock (_gate)
        {
            return new WatcherLog(ChallengeId, _snapshotSequence, [.. _sequences], new HashSet<Guid>(_milestoneIds));
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private void OnDelta(DeltaBody delta)
    {
        var arrived = TimeProvider.System.GetTimestamp();
        lock (_gate)
        {
            _sequences.Add(delta.Sequence);
            if (delta.Milestone is { } milestone && _milestoneIds.Add(milestone.Id))
            {
                _deliveries.Received(milestone.Id, arrived);
            }
        }
    }

    private sealed record SnapshotBody(long Sequence);

    private sealed record MilestoneBody(Guid Id);

    private sealed record DeltaBody(Guid ChallengeId, long Sequence, string Kind, Guid TeamId, MilestoneBody? Milestone);
}
