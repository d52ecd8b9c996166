using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using ChallengeHub.Azurite;

namespace ChallengeHub.Benchmark;

/// <summary>What one hard stop of Azurite cost: writes it acknowledged, and how many of them a restart on the same data no longer had.</summary>
public sealed record AzuriteLossResult(string Autosave, int Preloaded, int Acknowledged, int Lost, double WritesPerSecond, double AzuriteCpuSeconds)
{
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"autosave {Autosave,-6} preloaded {Preloaded,6}: acknowledged {Acknowledged,5} ({WritesPerSecond,6:F0}/s), lost after SIGKILL {Lost,5}, Azurite CPU while writing {AzuriteCpuSeconds,5:F1} s");
}

/// <summary>
/// <c>azurite-loss [--autosave-ms N] [--preload N] [--seconds S]</c>: starts Azurite on a fresh data directory, stores
/// <c>--preload</c> entities (an event's worth of grain state makes each save larger), then writes one entity after the
/// other for <c>--seconds</c>, kills Azurite with SIGKILL (a power loss) right after an acknowledged write, restarts it on
/// the same data and counts the acknowledged entities that are gone. <c>--autosave-ms 0</c> keeps Azurite's own 5 s.
/// </summary>
public static class AzuriteLossRun
{
    public static async Task<AzuriteLossResult> RunAsync(int autosaveMs, int preload, TimeSpan writing, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("challengehub-azurite-loss-");
        var options = new AzuriteOptions
        {
            DataDirectory = data.FullName,
            BlobPort = 0,
            QueuePort = 0,
            TablePort = 0,
            AutosaveInterval = autosaveMs > 0 ? TimeSpan.FromMilliseconds(autosaveMs) : null,
        };
        var azurite = await AzuriteProcess.StartAsync(options, cancellationToken: cancellationToken);
        try
        {
            var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("loss");
            await table.CreateIfNotExistsAsync(cancellationToken);
            var filler = new string('x', 2000);
            for (var i = 0; i < preload; i += 100)
            {
                var batch = Enumerable.Range(i, Math.Min(100, preload - i))
                    .Select(n => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("preload", $"{n:D8}") { ["Text"] = filler }));
                await table.SubmitTransactionAsync(batch, cancellationToken);
            }

            var cpuBefore = CpuSeconds(azurite.ProcessId!.Value);
            var clock = Stopwatch.StartNew();
            var acknowledged = 0;
            while (clock.Elapsed < writing)
            {
                await table.AddEntityAsync(new TableEntity("run", $"{acknowledged:D8}") { ["Text"] = "acknowledged" }, cancellationToken);
                acknowledged++;
            }

            var rate = acknowledged / clock.Elapsed.TotalSeconds;
            var cpu = CpuSeconds(azurite.ProcessId!.Value) - cpuBefore;
            UnixSignal.Send(azurite.ProcessId!.Value, UnixSignal.Kill);
            await azurite.DisposeAsync();

            options.BlobPort = options.QueuePort = options.TablePort = 0;
            azurite = await AzuriteProcess.StartAsync(options, cancellationToken: cancellationToken);
            table = new TableServiceClient(azurite.ConnectionString).GetTableClient("loss");
            await table.CreateIfNotExistsAsync(cancellationToken);
            var kept = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == "run", select: ["RowKey"], cancellationToken: cancellationToken))
            {
                kept++;
            }

            return new AzuriteLossResult(autosaveMs > 0 ? $"{autosaveMs} ms" : "5 s", preload, acknowledged, acknowledged - kept, rate, cpu);
        }
        finally
        {
            await azurite.DisposeAsync();
            data.Delete(recursive: true);
        }
    }

    /// <summary>User and system CPU time of a process so far, from <c>/proc/PID/stat</c> (in clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}
