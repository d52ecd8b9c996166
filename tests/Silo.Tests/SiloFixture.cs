using ChallengeHub.Grains.Walls;
using ChallengeHub.Tests;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(ChallengeHub.Silo.Tests.SiloFixture))]

namespace ChallengeHub.Silo.Tests;

/// <summary>
/// One real ChallengeHub for the whole test assembly, storing in an in-memory Azurite.
/// Tests use fresh challenges, so they never see each other's data.
/// </summary>
public sealed class SiloFixture : AzuriteFixture
{
    private SiloHost? _silo;

    public Uri BaseAddress => _silo!.BaseAddress;

    /// <summary>Lets a test lose a wall or a team's feed at a chosen moment, for a challenge of its own.</summary>
    public WallFeedFaults Faults { get; } = new();

    /// <summary>Counts the calls the grains a test watches receive.</summary>
    public GrainCalls GrainCalls { get; } = new();

    protected override ValueTask StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        _silo = SiloHost.Start(connectionString, services: services => services.AddSingleton(Faults).AddSingleton<IIncomingGrainCallFilter>(GrainCalls));
        return ValueTask.CompletedTask;
    }

    /// <summary>A client signed in as the organiser, who organises every challenge it creates.</summary>
    public HttpClient CreateClient() => _silo!.CreateClient();

    /// <summary>A client of the anonymous public.</summary>
    public HttpClient CreateAnonymousClient() => _silo!.CreateAnonymousClient();

    public string OrganiserToken => _silo!.OrganiserToken;

    public IServiceProvider Services => _silo!.Services;

    protected override ValueTask StopAsync() => _silo?.DisposeAsync() ?? ValueTask.CompletedTask;
}
