using Azure.Data.Tables;
using ChallengeHub.Azurite;

namespace ChallengeHub.Silo.Tests.Durability;

/// <summary>
/// The root of a stop that lost acknowledged writes: Azurite keeps its tables in memory and saves them every few seconds
/// or when asked to stop in order. Stopping it the way the Silo does must keep a write it acknowledged a moment before.
/// </summary>
public sealed class AzuriteStopTests
{
    [Fact]
    public async Task AWriteAcknowledgedJustBeforeAzuriteIsStoppedIsThereAfterARestart()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = Directory.CreateTempSubdirectory("challengehub-azurite-stop-");
        var options = new AzuriteOptions { DataDirectory = data.FullName, BlobPort = 0, QueuePort = 0, TablePort = 0, AutosaveInterval = null };
        try
        {
            var key = Guid.NewGuid().ToString("N");
            await using (var azurite = await AzuriteProcess.StartAsync(options, cancellationToken: cancellationToken))
            {
                var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("stop");
                await table.CreateIfNotExistsAsync(cancellationToken);
                await table.AddEntityAsync(new TableEntity("stop", key), cancellationToken);
            }

            await using var restarted = await AzuriteProcess.StartAsync(options, cancellationToken: cancellationToken);
            var again = new TableServiceClient(restarted.ConnectionString).GetTableClient("stop");
            var kept = await again.GetEntityIfExistsAsync<TableEntity>("stop", key, cancellationToken: cancellationToken);
            Assert.True(kept.HasValue);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
