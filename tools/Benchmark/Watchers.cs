using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Benchmark;

/// <summary>
/// What one watcher saw: its snapshot's sequence, then every delta's sequence in arrival order, and the WebSocket payload bytes
/// it received after its snapshot.
/// </summary>
public sealed record WatcherLog(Guid ChallengeId, long SnapshotSequence, IReadOnlyList<long> Sequences, IReadOnlySet<Guid> MilestoneIds, long BytesAfterSnapshot = 0);

/// <summary>What a watcher reads of a wall's snapshot; the rest of the message is skipped. Public, as MessagePack's reader needs.</summary>
public sealed record WatchedSnapshot(long Sequence);

public sealed record WatchedMilestone(Guid Id);

/// <summary>What a watcher reads of a wall delta; the rest of the message is skipped.</summary>
public sealed record WatchedDelta(Guid ChallengeId, long Sequence, string Kind, Guid TeamId, WatchedMilestone? Milestone);

/// <summary>
/// A wall client: watches one challenge over the hub, in JSON as the browser does or in MessagePack, and notes each delta and
/// when it arrived. It connects over WebSockets only, through a socket that counts the bytes it receives.
/// </summary>
internal sealed class Watcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Deliveries _deliveries;
    private readonly List<long> _sequences = [];
    private readonly HashSet<Guid> _milestoneIds = [];
    private readonly Lock _gate = new();
    private CountingWebSocket? _socket;
    private long _snapshotSequence;
    private long _bytesAtSnapshot;

    private Watcher(Uri url, Guid challengeId, Deliveries deliveries, WatcherProtocol protocol)
    {
        ChallengeId = challengeId;
        _deliveries = deliveries;
        var builder = new HubConnectionBuilder().WithUrl(new Uri(url, "/hubs/challenge"), http =>
        {
            http.Transports = HttpTransportType.WebSockets;
            http.WebSocketFactory = async (context, cancellationToken) =>
            {
                var socket = new ClientWebSocket();
                try
                {
                    await socket.ConnectAsync(context.Uri, cancellationToken);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }

                return _socket = new CountingWebSocket(socket);
            };
        });
        _connection = (protocol == WatcherProtocol.MessagePack
            ? builder.AddMessagePackProtocol()
            : builder.AddJsonProtocol(options => options.PayloadSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web))).Build();
        _connection.On<WatchedDelta>("wallDelta", OnDelta);
    }

    public Guid ChallengeId { get; }

    public static async Task<Watcher> StartAsync(Uri url, Guid challengeId, Deliveries deliveries, WatcherProtocol protocol, CancellationToken cancellationToken)
    {
        var watcher = new Watcher(url, challengeId, deliveries, protocol);
        await watcher._connection.StartAsync(cancellationToken);
        var snapshot = await watcher._connection.InvokeAsync<WatchedSnapshot>("WatchChallenge", challengeId, cancellationToken);
        lock (watcher._gate)
        {
            watcher._snapshotSequence = snapshot.Sequence;
            watcher._bytesAtSnapshot = watcher._socket?.Received ?? 0;
        }

        return watcher;
    }

    public WatcherLog Log()
    {
        lock (_gate)
        {
            return new WatcherLog(ChallengeId, _snapshotSequence, [.. _sequences], new HashSet<Guid>(_milestoneIds), (_socket?.Received ?? 0) - _bytesAtSnapshot);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private void OnDelta(WatchedDelta delta)
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
}
