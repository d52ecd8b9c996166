using ChallengeHub.Grains;
using ChallengeHub.Grains.Push;
using ChallengeHub.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Live;

/// <summary>Two Silos forming one Orleans cluster through Azure Table clustering on one Azurite, as in a scaled-out deployment.</summary>
public sealed class TwoSiloCluster : AzuriteFixture
{
    public SiloHost First { get; private set; } = null!;

    public SiloHost Second { get; private set; } = null!;

    protected override async ValueTask StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>
        {
            ["Cluster:Clustering"] = "AzureStorage",
            ["Cluster:ClusterId"] = $"test-{Guid.NewGuid():N}",
            ["Cluster:AdvertisedIPAddress"] = "127.0.0.1",
        };
        First = SiloHost.Start(connectionString, settings);
        Second = SiloHost.Start(connectionString, settings);
        await WaitUntilBothSilosTakePushesAsync();
    }

    protected override async ValueTask StopAsync()
    {
        foreach (var silo in new[] { Second, First }.Where(s => s is not null))
        {
            await silo.DisposeAsync();
        }
    }

    /// <summary>
    /// Joining a cluster and registering the hub observer happen in the background of each silo's start;
    /// the cluster is ready for these tests once the registry lists an observer for both.
    /// </summary>
    private async Task WaitUntilBothSilosTakePushesAsync()
    {
        var registry = First.Services.GetRequiredService<IGrainFactory>().GetGrain<IPushRegistryGrain>(Constants.SingletonKey);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await registry.GetObserversAsync()).Length < 2)
        {
            await Task.Delay(100, timeout.Token);
        }
    }
}
