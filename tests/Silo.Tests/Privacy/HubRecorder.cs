using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChallengeHub.Silo.Tests.Privacy;

/// <summary>
/// A hub client that keeps every message of the given methods as raw JSON, exactly as a browser would receive it, so that a
/// test can search it for what must not be there.
/// </summary>
public sealed class HubRecorder : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<(string Method, JsonElement Message)> _messages = Channel.CreateUnbounded<(string, JsonElement)>();
    private readonly List<string> _seen = [];
    private readonly List<string> _passedOver = [];

    private HubRecorder(HubConnection connection, string[] methods)
    {
        _connection = connection;
        foreach (var method in methods)
        {
            _connection.On<JsonElement>(method, message =>
            {
                lock (_seen)
                {
                    _seen.Add(message.GetRawText());
                }

                _messages.Writer.TryWrite((method, message));
            });
        }
    }

    /// <summary>Every message received so far, and the answers to the watch calls, as JSON text.</summary>
    public string Everything
    {
        get
        {
            lock (_seen)
            {
                return string.Join("\n", _seen);
            }
        }
    }

    public static async Task<HubRecorder> StartAsync(Uri baseAddress, string? token, CancellationToken cancellationToken, params string[] methods)
    {
        var recorder = new HubRecorder(ApiClient.CreateHubConnection(baseAddress, token), methods);
        await recorder._connection.StartAsync(cancellationToken);
        return recorder;
    }

    /// <summary>Calls a watch method and keeps its answer with the messages.</summary>
    public async Task<JsonElement> WatchAsync(string method, Guid challengeId, CancellationToken cancellationToken)
    {
        var answer = await _connection.InvokeAsync<JsonElement>(method, challengeId, cancellationToken);
        lock (_seen)
        {
            _seen.Add(answer.GetRawText());
        }

        return answer;
    }

    /// <summary>
    /// The next message of <paramref name="method"/> that <paramref name="matches"/>; fails when none comes within 10 s. Messages
    /// passed over on the way still count in <see cref="Pending"/>.
    /// </summary>
    public async Task<JsonElement> ReceiveAsync(string method, Func<JsonElement, bool> matches, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (true)
        {
            var (name, message) = await _messages.Reader.ReadAsync(timeout.Token);
            if (name == method && matches(message))
            {
                return message;
            }

            _passedOver.Add(name);
        }
    }

    /// <summary>How many messages of <paramref name="method"/> arrived and were not taken by <see cref="ReceiveAsync"/>.</summary>
    public int Pending(string method)
    {
        var count = _passedOver.Count(m => m == method);
        while (_messages.Reader.TryRead(out var message))
        {
            count += message.Method == method ? 1 : 0;
        }

        return count;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
