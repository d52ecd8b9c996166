using ChallengeHub.DemoData;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChallengeHub.Silo.Hosting;

public static class FirstStartSetup
{
    /// <summary>
    /// Prints the one-time setup link while no organiser exists. In Development, on storage without challenges, it first
    /// creates the demo organiser and then, once the Silo listens, fills it with demo data through its own HTTP API (the
    /// seeder of <c>tools/DemoData</c>) and prints how to sign in to it. <c>/health</c> answers meanwhile.
    /// </summary>
    public static void AddFirstStart(this WebApplicationBuilder builder)
    {
        var demo = builder.Environment.IsDevelopment() && builder.Configuration.GetValue("DemoData:Enabled", true);
        var sizes = builder.Configuration.GetSection("DemoData").Get<DemoDataOptions>() ?? new DemoDataOptions();
        builder.Services.AddHostedService(services => new FirstStart(
            services.GetRequiredService<IGrainFactory>(),
            services.GetRequiredService<IServer>(),
            services.GetRequiredService<IHostApplicationLifetime>(),
            services.GetRequiredService<ILogger<FirstStart>>(),
            demo ? sizes : null));
    }

    private sealed class FirstStart(IGrainFactory grains, IServer server, IHostApplicationLifetime lifetime, ILogger<FirstStart> logger, DemoDataOptions? demo)
        : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await WhenStartedAsync(stoppingToken);
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? string.Empty;
            var directory = grains.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey);

            // A restart on the same storage finds the challenges and seeds nothing again.
            var seed = demo is not null && (await directory.ListAsync()).IsEmpty;
            if (seed)
            {
                await CreateDemoOrganiserAsync();
            }

            if (await grains.GetGrain<ISetupGrain>(Constants.SingletonKey).IssueCodeAsync() is { } code)
            {
                logger.LogWarning("No organiser yet. Create the first organiser account (this link works once): {Address}/signin.html?setup={Code}", address, code);
            }

            if (demo is null)
            {
                return;
            }

            if (seed && !await SeedAsync(SelfAddress(server), demo, stoppingToken))
            {
                return;
            }

            await PrintDemoAsync(directory, address);
        }

        /// <summary>
        /// The demo organiser is made through the grains: no one can sign in yet to create it through the API. It is the first
        /// organiser when there is none yet, so that a demo needs no setup code.
        /// </summary>
        private async Task CreateDemoOrganiserAsync()
        {
            var credentials = new Credentials(DemoDataSeeder.OrganiserName, DemoDataSeeder.Passphrase);
            if (await grains.GetGrain<IAccountNameGrain>(AccountNames.Key(DemoDataSeeder.OrganiserName)).GetAsync() is not null)
            {
                return;
            }

            var setup = grains.GetGrain<ISetupGrain>(Constants.SingletonKey);
            if (await setup.IssueCodeAsync() is { } code)
            {
                await setup.CompleteAsync(code, credentials);
                return;
            }

            await grains.GetGrain<IAccountGrain>(Guid.NewGuid()).CreateAsync(Role.Organiser, credentials, null);
        }

        private async Task<bool> SeedAsync(Uri self, DemoDataOptions sizes, CancellationToken stoppingToken)
        {
            logger.LogInformation("Filling the empty storage with demo data through {Address} …", self);
            try
            {
                var token = await DemoDataSeeder.SignInAsync(self, DemoDataSeeder.OrganiserName, DemoDataSeeder.Passphrase, stoppingToken);
                await new DemoDataSeeder(self, token, sizes).SeedAsync(stoppingToken);
                return true;
            }
            catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "The demo data could not be seeded through {Address}; ChallengeHub runs without it.", self);
                return false;
            }
        }

        /// <summary>Storage filled without the demo (by an earlier version or by hand) has no demo accounts to point to.</summary>
        private async Task PrintDemoAsync(IChallengeDirectoryGrain directory, string address)
        {
            if (await grains.GetGrain<IAccountNameGrain>(AccountNames.Key(DemoDataSeeder.OrganiserName)).GetAsync() is null)
            {
                logger.LogInformation("This storage holds challenges but no demo accounts; start on an empty Azurite__DataDirectory for the demo.");
                return;
            }

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
