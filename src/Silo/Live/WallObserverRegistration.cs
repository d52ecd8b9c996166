using ChallengeHub.Grains;
using ChallengeHub.Grains.Push;

namespace ChallengeHub.Silo.Live;

/// <summary>
/// Registers this silo's <see cref="HubWallObserver"/> with the push registry when the silo starts, and again every
/// half minute so that a reactivated registry learns of every silo; on shutdown unregisters and finishes sending what was
/// handed over.
/// </summary>
public sealed class WallObserverRegistration(
    IGrainFactory grains,
    ILocalSiloDetails silo,
    HubWallObserver observer,
    ILogger<WallObserverRegistration> logger) : BackgroundService
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reference = grains.CreateObjectReference<IWallObserver>(observer);
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
                    logger.LogWarning(exception, "Could not register this silo's wall observer; retrying in {Interval}", RefreshInterval);
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
            grains.DeleteObjectReference<IWallObserver>(reference);
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
            logger.LogDebug(exception, "Could not unregister this silo's wall observer");
        }
    }
}
