using ChallengeHub.DemoData;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChallengeHub.Silo.Hosting;

public static class FirstStartSetup
{
    /// <summary>
    /// Prints the one-time setup link while no organiser exists. In Development it first fills empty storage with demo
    /// challenges and demo accounts (whose organiser is then the first organiser) and prints how to sign in to them.
    /// </summary>
    public static void AddFirstStart(this WebApplicationBuilder builder)
    {
        var demo = builder.Environment.IsDevelopment() && builder.Configuration.GetValue("DemoData:Enabled", true);
        builder.Services.AddHostedService(services => new FirstStart(
            services.GetRequiredService<IGrainFactory>(),
            services.GetRequiredService<IServer>(),
            services.GetRequiredService<IHostApplicationLifetime>(),
            services.GetRequiredService<ILogger<FirstStart>>(),
            demo));
    }

    private sealed class FirstStart(IGrainFactory grains, IServer server, IHostApplicationLifetime lifetime, ILogger<FirstStart> logger, bool demo)
        : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var directory = grains.GetGrain<IChallengeDirectoryGrain>(0);
            if (demo && (await directory.ListAsync()).IsEmpty)
            {
                await new DemoDataSeeder(grains).SeedAsync(stoppingToken);
            }

            await WhenStartedAsync(stoppingToken);
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? string.Empty;
            if (await grains.GetGrain<ISetupGrain>(0).IssueCodeAsync() is { } code)
            {
                logger.LogWarning("No organiser yet. Create the first organiser account (this link works once): {Address}/signin.html?setup={Code}", address, code);
            }

            if (demo)
            {
                await PrintDemoAsync(directory, address);
            }
        }

        private async Task PrintDemoAsync(IChallengeDirectoryGrain directory, string address)
        {
            logger.LogInformation("Demo accounts sign in at {Address}/signin.html with passphrase '{Passphrase}': Demo Organisator, Demo Coach, Demo Jurylid, Demo Werkgever",
                address, DemoDataSeeder.Passphrase);
            foreach (var challenge in await directory.ListAsync())
            {
                var teams = await grains.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync();
                var first = teams.FirstOrDefault();
                var pupil = first is null ? null : (await grains.GetGrain<ITeamGrain>(first.Id).ListPupilsAsync()).FirstOrDefault();
                logger.LogInformation("{Title}: wall {Address}/wall.html?challenge={Id} · tablet {Address}/tablet.html (e.g. join code {JoinCode}, nickname {Nickname}, PIN {Pin})",
                    challenge.Title, address, challenge.Id, address, first?.JoinCode, pupil?.Nickname, DemoDataSeeder.PupilPin);
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
