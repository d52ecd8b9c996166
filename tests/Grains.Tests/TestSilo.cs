using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ChallengeHub.Grains.Tests;

/// <summary>A cluster configured like the real one: ChallengeHub's grains on Azure Table storage.</summary>
public static class TestSilo
{
    /// <summary>Deploys <c>silos</c> silos; <c>configure</c> adds settings before the cluster is built (for example faster failure detection).</summary>
    public static async Task<InProcessTestCluster> DeployAsync(string storageConnectionString, CancellationToken cancellationToken,
        short silos = 1, Action<InProcessTestClusterBuilder>? configure = null)
    {
        var builder = new InProcessTestClusterBuilder(silos);

        // The table partition key contains the service id: a second cluster finds the first one's state only with the same one.
        builder.Options.ServiceId = Constants.ServiceId;
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton(TimeProvider.System);
            silo.AddChallengeHubGrainStorage(new TableServiceClient(storageConnectionString));
        });

        configure?.Invoke(builder);
        var cluster = builder.Build();
        await cluster.DeployAsync(cancellationToken);
        return cluster;
    }
}
