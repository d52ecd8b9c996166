using ChallengeHub.Azurite;

namespace ChallengeHub.Tests;

/// <summary>
/// The lifecycle every test host shares: an in-memory Azurite on free ports, then the host on it; on the way out the host
/// stops first (it may still be writing) and Azurite after it, also when the host's start failed halfway.
/// </summary>
/// <remarks>Compiled into both test projects, so that the Orleans and the Silo fixtures start and stop storage alike.</remarks>
public abstract class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    /// <summary>The storage the host runs on, for tests that look at what was (or was not) stored.</summary>
    public string StorageConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite has not started.");

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        _azurite = await AzuriteProcess.StartAsync(
            new AzuriteOptions { InMemory = true, BlobPort = 0, QueuePort = 0, TablePort = 0 }, cancellationToken: cancellationToken);
        await StartAsync(_azurite.ConnectionString, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (_azurite is not null)
            {
                await _azurite.DisposeAsync();
            }
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the host (a Silo, a cluster) on the storage behind <paramref name="connectionString"/>.</summary>
    protected abstract ValueTask StartAsync(string connectionString, CancellationToken cancellationToken);

    /// <summary>Stops whatever <see cref="StartAsync"/> got to start.</summary>
    protected abstract ValueTask StopAsync();
}
