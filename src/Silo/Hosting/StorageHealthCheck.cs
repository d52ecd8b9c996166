using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChallengeHub.Silo.Hosting;

/// <summary>Healthy only when the storage account answers for tables and blobs: without them nothing can be acknowledged.</summary>
internal sealed class StorageHealthCheck(StorageAccount storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await storage.Tables.GetPropertiesAsync(timeout.Token);
            await storage.Blobs.GetPropertiesAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is Azure.RequestFailedException or OperationCanceledException or HttpRequestException)
        {
            return HealthCheckResult.Unhealthy("Storage is not reachable.", exception);
        }
    }
}
