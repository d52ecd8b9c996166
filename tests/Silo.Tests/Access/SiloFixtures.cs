using ChallengeHub.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>
/// A Silo on empty storage, as on a first start: no organiser yet, its log captured (it prints the setup link there), a
/// clock tests can move forward, and staff sign-in at an OpenID Connect provider that runs in the test.
/// </summary>
public sealed class FreshSilo : AzuriteFixture
{
    public const string ClientId = "challengehub-tests";

    public SiloHost Host { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    public ShiftableClock Clock { get; } = new();

    public FakeOpenIdProvider Provider { get; private set; } = null!;

    protected override async ValueTask StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        Provider = await FakeOpenIdProvider.StartAsync(ClientId);
        var settings = new Dictionary<string, string>
        {
            ["Authentication:OpenIdConnect:Authority"] = Provider.Issuer,
            ["Authentication:OpenIdConnect:ClientId"] = ClientId,
            ["Authentication:OpenIdConnect:ClientSecret"] = "not-a-real-secret",
            ["Authentication:OpenIdConnect:Scopes:0"] = "email",
        };
        Host = SiloHost.Start(connectionString, settings, withOrganiser: false, logs: Logs,
            services: services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override async ValueTask StopAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }
    }
}

/// <summary>The tests that share the <see cref="FreshSilo"/>, one at a time (one of them moves its clock).</summary>
[CollectionDefinition(Name)]
public sealed class FreshSiloGroup : ICollectionFixture<FreshSilo>
{
    public const string Name = "Fresh silo";
}

/// <summary>A Silo with low rate limits (3 sign-ins and 3 creations a minute, 8 hub calls a minute) and its log captured.</summary>
public sealed class LimitedSilo : AzuriteFixture
{
    public const int SignInsPerMinute = 3;
    public const int CreationsPerMinute = 3;
    public const int HubMessagesPerMinute = 8;

    public SiloHost Host { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    protected override ValueTask StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>
        {
            ["RateLimits:SignInsPerMinute"] = $"{SignInsPerMinute}",
            ["RateLimits:CreationsPerMinute"] = $"{CreationsPerMinute}",
            ["RateLimits:HubMessagesPerMinute"] = $"{HubMessagesPerMinute}",
        };
        Host = SiloHost.Start(connectionString, settings, logs: Logs);
        return ValueTask.CompletedTask;
    }

    protected override ValueTask StopAsync() => Host?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>The tests that share the <see cref="LimitedSilo"/>; each of its clients signs in from an address of its own.</summary>
[CollectionDefinition(Name)]
public sealed class LimitedSiloGroup : ICollectionFixture<LimitedSilo>
{
    public const string Name = "Limited silo";
}
