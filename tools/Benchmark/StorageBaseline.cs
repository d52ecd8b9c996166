using System.Globalization;
using Azure.Data.Tables;

namespace ChallengeHub.Benchmark;

/// <summary>Raw upserts of small entities per second into a storage account, the ceiling for anything that stores each milestone.</summary>
public sealed record StorageFigures(int Writes, int Errors, TimeSpan Elapsed)
{
    public double WriteRate => Elapsed > TimeSpan.Zero ? Writes / Elapsed.TotalSeconds : 0;
}

internal static class StorageBaseline
{
    private const int Writers = 16;

    /// <summary>Upserts with <see cref="Writers"/> concurrent writers into a scratch table for <paramref name="duration"/>, then deletes the table.</summary>
    public static async Task<StorageFigures> MeasureAsync(string connectionString, TimeSpan duration, CancellationToken cancellationToken)
    {
        var service = new TableServiceClient(connectionString);
        var table = service.GetTableClient($"bench{Guid.NewGuid():N}");
        await table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            var writes = 0;
            var errors = 0;
            var start = TimeProvider.System.GetTimestamp();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            stop.CancelAfter(duration);
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var row = 0; !stop.IsCancellationRequested; row++)
                {
                    var entity = new TableEntity(writer.ToString(CultureInfo.InvariantCulture), row.ToString("D10", CultureInfo.InvariantCulture))
                    {
                        ["Title"] = "Meetmijlpaal",
                        ["Story"] = "Zo hebben we het aangepakt.",
                    };
                    try
                    {
                        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, CancellationToken.None);
                        Interlocked.Increment(ref writes);
                    }
                    catch (Azure.RequestFailedException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            }, CancellationToken.None)));
            return new StorageFigures(writes, errors, TimeProvider.System.GetElapsedTime(start));
        }
        finally
        {
            await table.DeleteAsync(CancellationToken.None);
        }
    }
}
