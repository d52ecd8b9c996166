using System.Globalization;

namespace ChallengeHub.Benchmark;

/// <summary>The Silo's memory: resident set before, its highest sample during, and the kernel's high-water mark at the end.</summary>
public sealed record MemoryFigures(long BeforeBytes, long PeakSampledBytes, long HighWaterBytes)
{
    /// <summary>CPU time the Silo and the Azurite it started spent while the tablets sent; null when not measured.</summary>
    public CpuFigures? Cpu { get; init; }

    /// <summary>Write requests the Silo sent to table storage per table while the tablets sent; null when not counted.</summary>
    public IReadOnlyDictionary<string, long>? TableWrites { get; init; }
}

/// <summary>
/// CPU time (user + system) spent while the tablets sent: the Silo's own, that of the Azurite it started (null when the Silo
/// runs without one) and this load generator's. Per acknowledged milestone this shows where the machine's two cores went, whatever else ran beside them.
/// </summary>
public sealed record CpuFigures(TimeSpan Silo, TimeSpan? Azurite, TimeSpan Generator, TimeSpan Elapsed, int Milestones)
{
    public double MillisecondsPerMilestone(TimeSpan cpu) => Milestones > 0 ? cpu.TotalMilliseconds / Milestones : 0;
}

/// <summary>Samples the resident set (VmRSS) of a process from <c>/proc/&lt;pid&gt;/status</c> (Linux) every 200 ms.</summary>
internal sealed class SiloMemory : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly long _before;
    private long _peak;
    private (TimeSpan Silo, TimeSpan? Azurite, TimeSpan Generator, long At)? _loadStart;
    private CpuFigures? _cpu;
    private IReadOnlyDictionary<string, long>? _tableWrites;

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
        return new MemoryFigures(_before, Math.Max(_peak, Read(_pid, "VmRSS")), Read(_pid, "VmHWM")) { Cpu = _cpu, TableWrites = _tableWrites };
    }

    /// <summary>Notes the CPU time used so far, as the tablets start sending.</summary>
    public void LoadStarting() =>
        _loadStart = (CpuTime(_pid), AzuriteOf(_pid) is { } azurite ? CpuTime(azurite) : null, CpuTime(Environment.ProcessId), TimeProvider.System.GetTimestamp());

    /// <summary>Notes the CPU time used since <see cref="LoadStarting"/>, for the milestones acknowledged in that time.</summary>
    public void LoadDone(int milestones)
    {
        if (_loadStart is not { } start)
        {
            return;
        }

        var azurite = start.Azurite is { } before && AzuriteOf(_pid) is { } pid ? CpuTime(pid) - before : (TimeSpan?)null;
        _cpu = new CpuFigures(CpuTime(_pid) - start.Silo, azurite, CpuTime(Environment.ProcessId) - start.Generator, TimeProvider.System.GetElapsedTime(start.At), milestones);
    }

    /// <summary>Notes the table writes counted while the tablets sent.</summary>
    public void TableWrites(IReadOnlyDictionary<string, long>? writes) => _tableWrites = writes;

    /// <summary>User plus system time of a process, from fields 14 and 15 of <c>/proc/&lt;pid&gt;/stat</c> (in clock ticks of 1/100 s).</summary>
    private static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>The Azurite child the Silo started (a node process whose command line names azurite), if any.</summary>
    private static int? AzuriteOf(int siloPid)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                if (parent == siloPid && File.ReadAllText(Path.Combine(directory, "cmdline")).Contains("azurite", StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (IOException)
            {
                // The process ended while it was read.
            }
        }

        return null;
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
