using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Benchmark;

/// <summary>What a wall watching across a silo failure ended with: its sequence and milestone count, and how often it reconnected.</summary>
public sealed record WatcherEnd(Guid ChallengeId, long Sequence, int MilestonesLogged, int Reconnects, int Resyncs);

/// <summary>
/// A wall client as the browser's wall behaves: it applies numbered deltas in order, fetches the snapshot again after a gap,
/// and when its connection drops (its silo was killed) connects to the next silo and starts again from the snapshot there.
/// </summary>
internal sealed class FailoverWatcher : IAsyncDisposable
{
    private readonly IReadOnlyList<Uri> _urls;
    private readonly Lock _gate = new();
    private readonly CancellationToken _stopping;
    private HubConnection? _connection;
    private int _current;
    private long _sequence;
    private int _milestones;
    private int _reconnects;
    private int _resyncs;
    private bool _disposed;

    private FailoverWatcher(IReadOnlyList<Uri> urls, int first, Guid challengeId, CancellationToken stopping)
    {
        _urls = urls;
        _current = first;
        ChallengeId = challengeId;
        _stopping = stopping;
    }

    public Guid ChallengeId { get; }

    public static async Task<FailoverWatcher> StartAsync(IReadOnlyList<Uri> urls, int first, Guid challengeId, CancellationToken stopping)
    {
        var watcher = new FailoverWatcher(urls, first, challengeId, stopping);
        await watcher.ConnectAsync();
        return watcher;
    }

    public WatcherEnd End()
    {
        lock (_gate)
        {
            return new WatcherEnd(ChallengeId, _sequence, _milestones, _reconnects, _resyncs);
        }
    }

    public async ValueTask DisposeAsync()
    {
        HubConnection? connection;
        lock (_gate)
        {
            _disposed = true;
            connection = _connection;
        }

        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task ConnectAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_urls[_current], "/hubs/challenge"))
            .AddJsonProtocol(options => options.PayloadSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web))
            .Build();
        connection.On<DeltaBody>("wallDelta", OnDelta);
        connection.Closed += _ => FailOverAsync(connection);
        lock (_gate)
        {
            _connection = connection;
        }

        await connection.StartAsync(_stopping);
        await ResyncAsync(connection);
    }

    /// <summary>Connects to the next silo until one answers, as a wall does after its connection dropped.</summary>
    private async Task FailOverAsync(HubConnection closed)
    {
        for (var attempt = 1; !_stopping.IsCancellationRequested; attempt++)
        {
            lock (_gate)
            {
                if (_disposed || _connection != closed)
                {
                    return;
                }

                _current = (_current + 1) % _urls.Count;
                _reconnects++;
            }

            try
            {
                await closed.DisposeAsync();
                await ConnectAsync();
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException or TimeoutException or HubException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2_000, 250 * attempt)), _stopping);
            }
        }
    }

    private async Task ResyncAsync(HubConnection connection)
    {
        var snapshot = await connection.InvokeAsync<SnapshotBody>("WatchChallenge", ChallengeId, _stopping);
        lock (_gate)
        {
            if (snapshot.Sequence >= _sequence)
            {
                (_sequence, _milestones) = (snapshot.Sequence, snapshot.MilestonesLogged);
            }
        }
    }

    private void OnDelta(DeltaBody delta)
    {
        HubConnection? resync = null;
        lock (_gate)
        {
            if (delta.Sequence == _sequence + 1)
            {
                _sequence = delta.Sequence;
                _milestones += delta.Milestone is null ? 0 : 1;
            }
            else if (delta.Sequence > _sequence + 1)
            {
                _resyncs++;
                resync = _connection;
            }
        }

        if (resync is not null)
        {
            _ = ResyncQuietlyAsync(resync);
        }
    }

    private async Task ResyncQuietlyAsync(HubConnection connection)
    {
        try
        {
            await ResyncAsync(connection);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException or TimeoutException or HubException or OperationCanceledException)
        {
            // The connection is going away; the failover fetches the snapshot on the next silo.
        }
    }

    private sealed record SnapshotBody(long Sequence, int MilestonesLogged);

    private sealed record MilestoneBody(Guid Id);

    private sealed record DeltaBody(long Sequence, MilestoneBody? Milestone);
}
