using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Tests;
using ChallengeHub.Grains.Tests.Push;
using ChallengeHub.Tests;
using ChallengeHub.Grains.Walls;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>Lets a test lose a feed's grain between its write and its wall call, for a challenge of its own.</summary>
    public WallFeedFaults Faults { get; } = new();

    /// <summary>Lets a test await the pages a milestone log seals after its answers.</summary>
    public MilestoneSeals Seals { get; } = new();

    protected override async ValueTask StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        _cluster = await TestSilo.DeployAsync(connectionString, cancellationToken,
            configure: builder => builder.ConfigureSilo((_, silo) => silo.Services.AddSingleton(Faults).AddSingleton(Seals)));

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
