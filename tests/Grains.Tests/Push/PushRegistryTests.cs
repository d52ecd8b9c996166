using ChallengeHub.Azurite;
using ChallengeHub.Grains.Push;

namespace ChallengeHub.Grains.Tests.Push;

/// <summary>
/// The registry is a single activation; when the silo holding it dies it activates on another silo. It must come back
/// knowing every silo that takes pushes, or walls would stay silent until each silo registers again.
/// </summary>
public sealed class PushRegistryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AReactivatedRegistryStillPushesToTheSilosThatRegisteredBefore()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var azurite = await AzuriteProcess.StartAsync(
            new AzuriteOptions { InMemory = true, BlobPort = 0, QueuePort = 0, TablePort = 0 }, cancellationToken: cancellationToken);
        await using var cluster = await TestSilo.DeployAsync(azurite.ConnectionString, cancellationToken);
        var grains = cluster.Client;
        var feed = new WallFeed();
        var reference = grains.CreateObjectReference<IPushObserver>(feed);
        var registry = grains.GetGrain<IPushRegistryGrain>(Constants.SingletonKey);
        await registry.RegisterAsync(cluster.Silos[0].SiloAddress, reference);

        var management = grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero, cancellationToken);
        Assert.Null(await management.GetActivationAddress(registry, cancellationToken));

        var challenge = await grains.ChallengeAsync();
        await grains.WallAsync(challenge.Id);
        await grains.TeamAsync(challenge.Id, "De Vonk");
        var delta = Assert.Single(await feed.WaitForAsync(challenge.Id, 1).WaitAsync(Patience, cancellationToken));

        Assert.Equal(challenge.Id, delta.ChallengeId);
        Assert.Equal(reference.GetGrainId(), Assert.Single(await registry.GetObserversAsync()).GetGrainId());
        await cluster.StopAllSilosAsync(cancellationToken);
    }
}
