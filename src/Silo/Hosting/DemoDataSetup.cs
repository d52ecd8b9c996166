using ChallengeHub.DemoData;
using ChallengeHub.Grains.Challenges;

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

    private sealed class DemoDataSeeding(IGrainFactory grains, ILogger<DemoDataSeeding> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            if (!(await grains.GetGrain<IChallengeDirectoryGrain>(0).ListAsync()).IsEmpty)
            {
                return;
            }

            var challenges = await new DemoDataSeeder(grains).SeedAsync(stoppingToken);
            logger.LogInformation("Demo data created: {Challenges}", string.Join(", ", challenges.Select(c => c.Title)));
        }
    }
}
