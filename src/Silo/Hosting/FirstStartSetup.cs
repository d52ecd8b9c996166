using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChallengeHub.Silo.Hosting;

public static class FirstStartSetup
{
    /// <summary>
    /// Prints the one-time setup link while no organiser exists. With a demo (<see cref="IDemoStart"/>, Debug builds in
    /// Development), on storage without challenges, it first creates the demo organiser and then, once the Silo listens,
    /// fills it with demo data through its own HTTP API and prints how to sign in to it. <c>/health</c> answers meanwhile.
    /// </summary>
    public static void AddFirstStart(this WebApplicationBuilder builder) => builder.Services.AddHostedService<FirstStart>();

    private sealed class FirstStart(IGrainFactory grains, IServer server, IHostApplicationLifetime lifetime, ILogger<FirstStart> logger, IDemoStart? demo = null)
        : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await WhenStartedAsync(stoppingToken);
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? string.Empty;

            // Before the setup link, so that a demo organiser made with the setup code leaves no stale link in the log.
            var seed = demo is not null && await demo.ClaimEmptyStorageAsync();
            if (await grains.GetGrain<ISetupGrain>(Constants.SingletonKey).IssueCodeAsync() is { } code)
            {
                logger.LogWarning("No organiser yet. Create the first organiser account (this link works once): {Address}/signin.html?setup={Code}", address, code);
            }

            if (demo is null || (seed && !await demo.SeedAsync(SelfAddress(server), stoppingToken)))
            {
                return;
            }

            await demo.PrintAsync(address);
        }

        private Task WhenStartedAsync(CancellationToken stoppingToken)
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lifetime.ApplicationStarted.Register(() => started.TrySetResult());
            return started.Task.WaitAsync(stoppingToken);
        }
    }

    /// <summary>
    /// Where the Silo reaches its own API: its first plain HTTP address (no certificate to trust), with a wildcard host
    /// (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>) replaced by loopback.
    /// </summary>
    private static Uri SelfAddress(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The Silo listens on no address.");
        var uri = new UriBuilder(address.Replace("://+:", "://localhost:", StringComparison.Ordinal).Replace("://*:", "://localhost:", StringComparison.Ordinal));
        uri.Host = uri.Host switch
        {
            "0.0.0.0" => "127.0.0.1",
            "[::]" => "[::1]",
            _ => uri.Host,
        };
        return uri.Uri;
    }
}
