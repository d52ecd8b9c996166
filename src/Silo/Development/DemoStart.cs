using ChallengeHub.DemoData;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace ChallengeHub.Silo.Development;

/// <summary>The demo organiser, filled with demo data through the Silo's own HTTP API by the seeder of tools/DemoData.</summary>
internal sealed class DemoStart(IGrainFactory grains, IOptions<DemoDataOptions> sizes, ILogger<DemoStart> logger) : IDemoStart
{
    private IChallengeDirectoryGrain Directory => grains.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey);

    /// <summary>
    /// The demo organiser is made through the grains: no one can sign in yet to create it through the API. It is the first
    /// organiser when there is none yet, so that a demo needs no setup code. A restart on the same storage finds the
    /// challenges and seeds nothing again.
    /// </summary>
    public async Task<bool> ClaimEmptyStorageAsync()
    {
        if (!(await Directory.ListAsync()).IsEmpty)
        {
            return false;
        }

        var credentials = new Credentials(DemoDataSeeder.OrganiserName, DemoDataSeeder.Passphrase);
        if (await grains.GetGrain<IAccountNameGrain>(AccountNames.Key(DemoDataSeeder.OrganiserName)).GetAsync() is not null)
        {
            return true;
        }

        var setup = grains.GetGrain<ISetupGrain>(Constants.SingletonKey);
        if (await setup.IssueCodeAsync() is { } code)
        {
            await setup.CompleteAsync(code, credentials);
            return true;
        }

        await grains.GetGrain<IAccountGrain>(Guid.NewGuid()).CreateAsync(Role.Organiser, credentials, null);
        return true;
    }

    public async Task<bool> SeedAsync(Uri self, CancellationToken cancellationToken)
    {
        logger.LogInformation("Filling the empty storage with demo data through {Address} …", self);
        try
        {
            var token = await DemoDataSeeder.SignInAsync(self, DemoDataSeeder.OrganiserName, DemoDataSeeder.Passphrase, cancellationToken);
            await new DemoDataSeeder(self, token, sizes.Value).SeedAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "The demo data could not be seeded through {Address}; ChallengeHub runs without it.", self);
            return false;
        }
    }

    /// <summary>Storage filled without the demo (by an earlier version or by hand) has no demo accounts to point to.</summary>
    public async Task PrintAsync(string address)
    {
        if (await grains.GetGrain<IAccountNameGrain>(AccountNames.Key(DemoDataSeeder.OrganiserName)).GetAsync() is null)
        {
            logger.LogInformation("This storage holds challenges but no demo accounts; start on an empty Azurite__DataDirectory for the demo.");
            return;
        }

        logger.LogInformation("Demo accounts sign in at {Address}/signin.html with passphrase '{Passphrase}': Demo Organisator, Demo Coach, Demo Jurylid, Demo Werkgever",
            address, DemoDataSeeder.Passphrase);
        foreach (var challenge in await Directory.ListAsync())
        {
            var teams = await grains.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync();
            var first = teams.FirstOrDefault();
            var pupil = first is null ? null : (await grains.GetGrain<ITeamGrain>(first.Id).ListPupilsAsync()).FirstOrDefault();
            logger.LogInformation("{Title}: wall {Address}/wall.html?challenge={Id} · tablet {Address}/tablet.html (e.g. join code {JoinCode}, nickname {Nickname}, PIN {Pin})",
                challenge.Title, address, challenge.Id, address, first?.JoinCode, pupil?.Nickname, DemoDataSeeder.PupilPin);
        }
    }
}
