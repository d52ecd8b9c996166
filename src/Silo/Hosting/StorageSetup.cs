using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ChallengeHub.Azurite;
using ChallengeHub.Silo.Evidence;

namespace ChallengeHub.Silo.Hosting;

/// <summary>The storage account every silo keeps its grain state (tables) and evidence photos (blobs) in.</summary>
public sealed record StorageAccount(string ConnectionString, TableServiceClient Tables, BlobServiceClient Blobs);

public static class StorageSetup
{
    /// <summary>
    /// Uses <c>ConnectionStrings:AzureStorage</c> when it is set. Otherwise starts Azurite on loopback with its data
    /// under <c>.data/azurite</c> of the repository, and stops it last when the host shuts down: with SIGTERM, waiting for
    /// it to save (see docs/durability.md).
    /// </summary>
    public static StorageAccount AddChallengeHubStorage(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("AzureStorage");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var options = builder.Configuration.GetSection("Azurite").Get<AzuriteOptions>() ?? new AzuriteOptions();
            var dataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory) ? Path.Combine(".data", "azurite") : options.DataDirectory;
            options.DataDirectory = Path.Combine(RepositoryRoot(builder.Environment.ContentRootPath), dataDirectory);

            using var loggerFactory = LoggerFactory.Create(logging => logging.AddConsole());
            var azurite = AzuriteProcess.StartAsync(options, loggerFactory.CreateLogger("ChallengeHub.Azurite")).GetAwaiter().GetResult();

            // Registered before the silo, so that it stops after the silo has stopped writing.
            builder.Services.AddHostedService(_ => new AzuriteLifetime(azurite));
            connectionString = azurite.ConnectionString;
        }

        var account = new StorageAccount(connectionString, new TableServiceClient(connectionString, TableWriteCounter.Options()), new BlobServiceClient(connectionString));
        builder.Services.AddSingleton(account);
        builder.Services.AddSingleton<EvidenceStore>();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return account;
    }

    /// <summary>The folder holding ChallengeHub.sln above the content root, so that data lands in one place however the Silo is started.</summary>
    private static string RepositoryRoot(string contentRoot)
    {
        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChallengeHub.sln")))
            {
                return directory.FullName;
            }
        }

        return contentRoot;
    }

    private sealed class AzuriteLifetime(AzuriteProcess azurite) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken) => await azurite.DisposeAsync();
    }
}
