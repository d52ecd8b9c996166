using ChallengeHub.Grains;
using ChallengeHub.Grains.Push;

namespace ChallengeHub.Silo.Live;

/// <summary>
/// Registers this silo's <see cref="HubPushObserver"/> with the push registry when the silo starts, and again every
/// half minute so that a reactivated registry learns of every silo; on shutdown unregisters and finishes sending what was
/// handed over.
/// </summary>
public sealed class PushObserverRegistration(
    IGrainFactory grains,
    ILocalSiloDetails silo,
    HubPushObserver observer,
    ILogger<PushObserverRegistration> logger) : BackgroundService
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reference = grains.CreateObjectReference<IPushObserver>(observer);
        var registry = grains.GetGrain<IPushRegistryGrain>(Constants.SingletonKey);
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            do
            {
                try
                {
                    await registry.RegisterAsync(silo.SiloAddress, reference);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Could not register this silo's push observer; retrying in {Interval}", RefreshInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await UnregisterAsync(registry);
            await observer.SentAsync();
        }
        finally
        {
            grains.DeleteObjectReference<IPushObserver>(reference);
        }
    }

    private async Task UnregisterAsync(IPushRegistryGrain registry)
    {
        try
        {
            await registry.UnregisterAsync(silo.SiloAddress);
        }
        catch (Exception exception)
        {
            // Shutting down: the registry drops this silo anyway once membership marks it dead.
            logger.LogDebug(exception, "Could not unregister this silo's push observer");
        }
    }
}
