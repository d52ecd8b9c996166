using ChallengeHub.Azurite;
using ChallengeHub.Silo.Hosting;

namespace ChallengeHub.Silo.Development;

/// <summary>The Azurite a Silo in Development starts when no storage account is configured.</summary>
public static class EmbeddedAzurite
{
    /// <summary>
    /// Starts Azurite on loopback with its data under <c>.data/azurite</c> of the repository, sets
    /// <c>ConnectionStrings:AzureStorage</c> to it, and stops it last when the host shuts down: with SIGTERM, waiting for it
    /// to save (see docs/durability.md).
    /// </summary>
    public static void AddEmbeddedAzurite(this WebApplicationBuilder builder)
    {
        var options = builder.AddSettings<AzuriteOptions>("Azurite");
        var dataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory) ? Path.Combine(".data", "azurite") : options.DataDirectory;
        options.DataDirectory = Path.Combine(RepositoryRoot(builder.Environment.ContentRootPath), dataDirectory);

        using var loggerFactory = LoggerFactory.Create(logging => logging.AddConsole());
        var azurite = AzuriteProcess.StartAsync(options, loggerFactory.CreateLogger("ChallengeHub.Azurite")).GetAwaiter().GetResult();

        // Registered before the silo, so that it stops after the silo has stopped writing.
        builder.Services.AddHostedService(_ => new AzuriteLifetime(azurite));
        builder.Configuration["ConnectionStrings:AzureStorage"] = azurite.ConnectionString;
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
