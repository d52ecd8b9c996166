using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Tests;
using ChallengeHub.Grains.Tests.Push;
using ChallengeHub.Tests;
using Orleans.TestingHost;

[assembly: AssemblyFixture(typeof(ClusterFixture))]

namespace ChallengeHub.Grains.Tests;

/// <summary>
/// The one cluster all tests share, on an in-memory Azurite. Tests use fresh keys, so they never see each other's data.
/// </summary>
public sealed class ClusterFixture : AzuriteFixture
{
    private InProcessTestCluster? _cluster;

    public IGrainFactory Grains => Cluster.Client;

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not deployed.");

    /// <summary>Receives every wall delta the silo pushes, as a silo's hub observer would.</summary>
    public WallFeed Feed { get; } = new();

    public IPushObserver FeedReference { get; private set; } = null!;

    protected override async ValueTask StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        _cluster = await TestSilo.DeployAsync(connectionString, cancellationToken);

        // Registered before any test runs, the way a silo registers its hub observer at start: the push notifier
        // caches the observer list for a few seconds, so an observer registered later could miss the first deltas.
        FeedReference = Grains.CreateObjectReference<IPushObserver>(Feed);
        await Grains.GetGrain<IPushRegistryGrain>(Constants.SingletonKey).RegisterAsync(Cluster.Silos[0].SiloAddress, FeedReference);
    }

    protected override async ValueTask StopAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }
}
