using System.Net;
using ChallengeHub.Grains;
using ChallengeHub.Silo.Observability;
using Orleans.Configuration;

namespace ChallengeHub.Silo.Hosting;

public static class OrleansSetup
{
    public static readonly TimeSpan MinimumReminderPeriod = TimeSpan.FromSeconds(10);

    /// <summary>Co-hosts a silo whose grain state (and, when clustering through Azure Storage, membership) lives in <paramref name="storage"/>.</summary>
    public static void AddChallengeHubSilo(this WebApplicationBuilder builder, StorageAccount storage)
    {
        var cluster = builder.AddSettings<ClusterSettings>("Cluster");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.UseOrleans(silo =>
        {
            if (cluster.UsesAzureStorage)
            {
                silo.UseAzureStorageClustering(options => options.TableServiceClient = storage.Tables);
                if (string.IsNullOrWhiteSpace(cluster.AdvertisedIPAddress))
                {
                    silo.ConfigureEndpoints(cluster.SiloPort, cluster.GatewayPort);
                }
                else
                {
                    silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedIPAddress), cluster.SiloPort, cluster.GatewayPort);
                }

                silo.Configure<ClusterOptions>(options => (options.ServiceId, options.ClusterId) = (Constants.ServiceId, cluster.ClusterId));
            }
            else
            {
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: Constants.ServiceId, clusterId: cluster.ClusterId);
            }

            // Grain calls continue the trace of the request that made them, when traces are exported.
            if (builder.Configuration.ExportsTraces())
            {
                silo.AddActivityPropagation();
            }

            silo.AddChallengeHubGrainStorage(storage.Tables);

            // Durable reminders let a team's feed catch its wall up after any failure, within seconds rather than Orleans'
            // default minimum of a minute.
            silo.UseAzureTableReminderService(options => options.TableServiceClient = storage.Tables);
            silo.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = MinimumReminderPeriod);
        });
        GrainInterfaceTypeCache.Install(builder.Services);
    }
}
