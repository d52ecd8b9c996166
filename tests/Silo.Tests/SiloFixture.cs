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

    /// <summary>A client signed in as the organiser, who organises every challenge it creates.</summary>
    public HttpClient CreateClient() => _silo!.CreateClient();

    /// <summary>A client of the anonymous public.</summary>
    public HttpClient CreateAnonymousClient() => _silo!.CreateAnonymousClient();

    public string OrganiserToken => _silo!.OrganiserToken;

    public IServiceProvider Services => _silo!.Services;

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
