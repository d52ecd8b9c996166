using System.Threading.Channels;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChallengeHub.Silo.Tests;

/// <summary>A hub client watching one challenge, collecting every wall delta it receives in arrival order.</summary>
public sealed class WallWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<WallDelta> _deltas = Channel.CreateUnbounded<WallDelta>();

    private WallWatcher(HubConnection connection)
    {
        _connection = connection;
        _connection.On<WallDelta>(LiveHub.WallDeltaMethod, delta => _deltas.Writer.TryWrite(delta));
    }

    public WallSnapshot Snapshot { get; private set; } = null!;

    public static Task<WallWatcher> StartAsync(Uri baseAddress, Guid challengeId, CancellationToken cancellationToken) =>
        StartAsync(ApiClient.CreateHubConnection(baseAddress), challengeId, cancellationToken);

    /// <summary>Watches over <paramref name="connection"/>, not started yet (e.g. one that speaks another hub protocol).</summary>
    public static async Task<WallWatcher> StartAsync(HubConnection connection, Guid challengeId, CancellationToken cancellationToken)
    {
        var watcher = new WallWatcher(connection);
        await watcher._connection.StartAsync(cancellationToken);
        watcher.Snapshot = await watcher._connection.InvokeAsync<WallSnapshot>("WatchChallenge", challengeId, cancellationToken);
        return watcher;
    }

    /// <summary>The next <paramref name="count"/> deltas, in the order they arrived; fails when they do not come within 10 s.</summary>
    public async Task<IReadOnlyList<WallDelta>> ReceiveAsync(int count, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var received = new List<WallDelta>();
        while (received.Count < count)
        {
            received.Add(await _deltas.Reader.ReadAsync(timeout.Token));
        }

        return received;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
