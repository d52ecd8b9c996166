using ChallengeHub.Azurite;

[assembly: AssemblyFixture(typeof(ChallengeHub.Silo.Tests.SiloFixture))]

namespace ChallengeHub.Silo.Tests;

/// <summary>
/// One real ChallengeHub for the whole test assembly, storing in an in-memory Azurite.
/// Tests use fresh challenges, so they never see each other's data.
/// </summary>
public sealed class SiloFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;
    private SiloHost? _silo;

    public Uri BaseAddress => _silo!.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true, BlobPort = 0, QueuePort = 0, TablePort = 0 });
        _silo = SiloHost.Start(_azurite.ConnectionString);
    }

    public HttpClient CreateClient() => _silo!.CreateClient();

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
