using ChallengeHub.DemoData;
using ChallengeHub.Grains.Challenges;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChallengeHub.Silo.Hosting;

public static class DemoDataSetup
{
    /// <summary>In Development only: fills empty storage with demo challenges so the first run shows a living product.</summary>
    public static void AddDemoData(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("DemoData:Enabled", true))
        {
            builder.Services.AddHostedService<DemoDataSeeding>();
        }
    }

    private sealed class DemoDataSeeding(IGrainFactory grains, IServer server, IHostApplicationLifetime lifetime, ILogger<DemoDataSeeding> logger)
        : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var directory = grains.GetGrain<IChallengeDirectoryGrain>(0);
            if ((await directory.ListAsync()).IsEmpty)
            {
                await new DemoDataSeeder(grains).SeedAsync(stoppingToken);
            }

            await WhenStartedAsync(stoppingToken);
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? string.Empty;
            foreach (var challenge in await directory.ListAsync())
            {
                logger.LogInformation("{Title}: wall {Address}/wall.html?challenge={Id} · tablet {Address}/tablet.html?challenge={Id}",
                    challenge.Title, address, challenge.Id, address, challenge.Id);
            }
        }

        private Task WhenStartedAsync(CancellationToken stoppingToken)
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lifetime.ApplicationStarted.Register(() => started.TrySetResult());
            return started.Task.WaitAsync(stoppingToken);
        }
    }
}
