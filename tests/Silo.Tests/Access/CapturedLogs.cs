using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>Keeps every line a host logs, so that tests can read what it printed and check what it left out.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiting = [];

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>The first line, already logged or still to come, that <paramref name="match"/> accepts; fails after 30 s.</summary>
    public Task<string> WaitForAsync(Func<string, bool> match, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiting)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return Task.FromResult(line);
            }

            _waiting.Add((match, found));
        }

        return found.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        lock (_waiting)
        {
            _lines.Enqueue(line);
            foreach (var waiter in _waiting.Where(w => w.Match(line)).ToList())
            {
                waiter.Found.TrySetResult(line);
                _waiting.Remove(waiter);
            }
        }
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Add($"{logLevel} {category}: {formatter(state, exception)}");
            }
        }
    }
}
