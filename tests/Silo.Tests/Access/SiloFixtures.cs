using ChallengeHub.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>
/// A Silo on empty storage, as on a first start: no organiser yet, its log captured (it prints the setup link there), a
/// clock tests can move forward, and staff sign-in at an OpenID Connect provider that runs in the test.
/// </summary>
public sealed class FreshSilo : IAsyncLifetime
{
    public const string ClientId = "challengehub-tests";

    private AzuriteProcess? _azurite;

    public SiloHost Host { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    public ShiftableClock Clock { get; } = new();

    public FakeOpenIdProvider Provider { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true, BlobPort = 0, QueuePort = 0, TablePort = 0 });
        Provider = await FakeOpenIdProvider.StartAsync(ClientId);
        var settings = new Dictionary<string, string>
        {
            ["Authentication:OpenIdConnect:Authority"] = Provider.Issuer,
            ["Authentication:OpenIdConnect:ClientId"] = ClientId,
            ["Authentication:OpenIdConnect:ClientSecret"] = "not-a-real-secret",
            ["Authentication:OpenIdConnect:Scopes:0"] = "email",
        };
        Host = SiloHost.Start(_azurite.ConnectionString, settings, withOrganiser: false, logs: Logs,
            services: services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
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
public sealed class LimitedSilo : IAsyncLifetime
{
    public const int SignInsPerMinute = 3;
    public const int CreationsPerMinute = 3;
    public const int HubMessagesPerMinute = 8;

    private AzuriteProcess? _azurite;

    public SiloHost Host { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true, BlobPort = 0, QueuePort = 0, TablePort = 0 });
        var settings = new Dictionary<string, string>
        {
            ["RateLimits:SignInsPerMinute"] = $"{SignInsPerMinute}",
            ["RateLimits:CreationsPerMinute"] = $"{CreationsPerMinute}",
            ["RateLimits:HubMessagesPerMinute"] = $"{HubMessagesPerMinute}",
        };
        Host = SiloHost.Start(_azurite.ConnectionString, settings, logs: Logs);
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

/// <summary>The tests that share the <see cref="LimitedSilo"/>; each of its clients signs in from an address of its own.</summary>
[CollectionDefinition(Name)]
public sealed class LimitedSiloGroup : ICollectionFixture<LimitedSilo>
{
    public const string Name = "Limited silo";
}
