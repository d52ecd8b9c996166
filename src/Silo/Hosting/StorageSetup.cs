using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ChallengeHub.Silo.Evidence;

namespace ChallengeHub.Silo.Hosting;

/// <summary>The storage account every silo keeps its grain state (tables) and evidence photos (blobs) in.</summary>
public sealed record StorageAccount(string ConnectionString, TableServiceClient Tables, BlobServiceClient Blobs);

public static class StorageSetup
{
    /// <summary>Stands in for the account while the build writes the OpenAPI document: nothing connects to it then.</summary>
    private const string DocumentOnlyStorage = "UseDevelopmentStorage=true";

    /// <summary>
    /// Uses <c>ConnectionStrings:AzureStorage</c>, and refuses to start without it: only a build with the development tools
    /// (Debug) in Development fills it in, with the Azurite it starts (src/Silo/Development), so that a production host never
    /// starts an emulator by mistake.
    /// </summary>
    public static StorageAccount AddChallengeHubStorage(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("AzureStorage");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = BuildTimeDocument.IsBeingWritten ? DocumentOnlyStorage : throw new InvalidOperationException(
                "ConnectionStrings__AzureStorage is not set: the Silo needs the Azure Storage account that keeps grain state and "
                + "evidence photos. Only a Debug build in Development starts Azurite by itself; elsewhere set the account's connection string.");
        }

        var account = new StorageAccount(connectionString, new TableServiceClient(connectionString, TableWriteCounter.Options()), new BlobServiceClient(connectionString));
        builder.Services.AddSingleton(account);
        builder.Services.AddSingleton<EvidenceStore>();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return account;
    }
}
