using System.Globalization;

namespace ChallengeHub.Benchmark;

/// <summary>The Silo's memory: resident set before, its highest sample during, and the kernel's high-water mark at the end.</summary>
public sealed record MemoryFigures(long BeforeBytes, long PeakSampledBytes, long HighWaterBytes);

/// <summary>Samples the resident set (VmRSS) of a process from <c>/proc/&lt;pid&gt;/status</c> (Linux) every 200 ms.</summary>
internal sealed class SiloMemory : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly long _before;
    private long _peak;

    private SiloMemory(int pid)
    {
        _pid = pid;
        _before = Read(pid, "VmRSS");
        _peak = _before;
        _sampling = SampleAsync();
    }

    /// <summary>Starts sampling, or returns null when no pid was given.</summary>
    public static SiloMemory? Start(int? pid) => pid is { } id ? new SiloMemory(id) : null;

    public async Task<MemoryFigures> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        return new MemoryFigures(_before, Math.Max(_peak, Read(_pid, "VmRSS")), Read(_pid, "VmHWM"));
    }

    /// <summary>A <c>kB</c> field of <c>/proc/&lt;pid&gt;/status</c>, in bytes.</summary>
    public static long Read(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"/proc/{pid}/status has no {field}.");
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                _peak = Math.Max(_peak, Read(_pid, "VmRSS"));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping is the end of sampling.
        }
    }
}
