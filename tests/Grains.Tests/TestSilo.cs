using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ChallengeHub.Grains.Tests;

/// <summary>A one-silo cluster configured like the real one: ChallengeHub's grains on Azure Table storage.</summary>
public static class TestSilo
{
    public static async Task<InProcessTestCluster> DeployAsync(string storageConnectionString, CancellationToken cancellationToken)
    {
        var builder = new InProcessTestClusterBuilder(1);

        // The table partition key contains the service id: a second cluster finds the first one's state only with the same one.
        builder.Options.ServiceId = Constants.ServiceId;
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton(TimeProvider.System);
            silo.AddAzureTableGrainStorage(Constants.StorageName, options =>
            {
                options.TableServiceClient = new TableServiceClient(storageConnectionString);
                options.TableName = "ChallengeHubGrainState";
            });
        });

        var cluster = builder.Build();
        await cluster.DeployAsync(cancellationToken);
        return cluster;
    }
}
