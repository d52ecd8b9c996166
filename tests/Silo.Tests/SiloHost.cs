using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Silo.Tests;

/// <summary>One real Silo process-in-a-process: Kestrel on a free loopback port, its Orleans silo on free ports.</summary>
public sealed class SiloHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    /// <summary>The organiser account every test host has, unless started without one.</summary>
    public const string OrganiserName = "Test Organisator";

    public const string Passphrase = "test passphrase 2026";

    /// <summary>High enough that no functional test meets a rate limit; the rate-limit tests start hosts with low ones.</summary>
    private static readonly Dictionary<string, string> TestLimits = new()
    {
        ["RateLimits:SignInsPerMinute"] = "100000",
        ["RateLimits:UploadsPerMinute"] = "100000",
        ["RateLimits:CreationsPerMinute"] = "100000",
        ["RateLimits:HubMessagesPerMinute"] = "100000",
        ["RateLimits:VerificationsPerMinute"] = "100000",
    };

    private string? _organiserToken;

    private SiloHost(WebApplicationFactory<Program> factory, Uri baseAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The organiser's bearer token, for tools-style clients and hub connections.</summary>
    public string OrganiserToken => _organiserToken ?? throw new InvalidOperationException("This host was started without an organiser.");

    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts a Silo on <paramref name="connectionString"/>; <paramref name="settings"/> add to or override the defaults,
    /// <paramref name="logs"/> receives its log, and <paramref name="services"/> replaces services (such as the clock).
    /// </summary>
    public static SiloHost Start(string connectionString, IReadOnlyDictionary<string, string>? settings = null, bool withOrganiser = true,
        ILoggerProvider? logs = null, Action<IServiceCollection>? services = null)
    {
        // Orleans ports found free can be taken by another process before the silo binds them: then pick new ones.
        for (var attempt = 1; ; attempt++)
        {
            var factory = Configure(connectionString, settings, logs, services);
            try
            {
                factory.StartServer();
            }
            catch (Exception exception) when (attempt < 3 && IsAddressInUse(exception))
            {
                factory.Dispose();
                continue;
            }

            var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            var host = new SiloHost(factory, new Uri(addresses.Addresses.Single()));
            if (withOrganiser)
            {
                host._organiserToken = host.SignInOrganiserAsync().GetAwaiter().GetResult();
            }

            return host;
        }
    }

    /// <summary>A client signed in as the test organiser (bearer token), who organises every challenge it creates.</summary>
    public HttpClient CreateClient()
    {
        var http = CreateAnonymousClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", OrganiserToken);
        return http;
    }

    /// <summary>A client of the public: no session at all.</summary>
    public HttpClient CreateAnonymousClient() => new() { BaseAddress = BaseAddress };

    /// <summary>The first organiser through the setup code, as on a first start; on a host sharing storage with another, the one that exists.</summary>
    private async Task<string> SignInOrganiserAsync()
    {
        var grains = Services.GetRequiredService<IGrainFactory>();
        var credentials = new Credentials(OrganiserName, Passphrase);
        if (await grains.GetGrain<IAccountNameGrain>(AccountNames.Key(OrganiserName)).GetAsync() is null)
        {
            // The host prints a fresh code once it has started, which makes an earlier code stale: then take the new one.
            var setup = grains.GetGrain<ISetupGrain>(Constants.SingletonKey);
            for (var attempt = 1; await setup.IssueCodeAsync() is { } code; attempt++)
            {
                try
                {
                    await setup.CompleteAsync(code, credentials);
                }
                catch (DomainException) when (attempt < 3)
                {
                }
            }
        }

        using var http = CreateAnonymousClient();
        return await ApiClient.IssueTokenAsync(http, OrganiserName, Passphrase);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private static WebApplicationFactory<Program> Configure(string connectionString, IReadOnlyDictionary<string, string>? settings,
        ILoggerProvider? logs, Action<IServiceCollection>? services)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development")
                .UseSetting("ConnectionStrings:AzureStorage", connectionString)
                .UseSetting("Cluster:SiloPort", FreePort())
                .UseSetting("Cluster:GatewayPort", FreePort())
                .UseSetting("DemoData:Enabled", "false");
            foreach (var (key, value) in TestLimits.Concat(settings ?? new Dictionary<string, string>()))
            {
                web.UseSetting(key, value);
            }

            if (logs is not null)
            {
                web.ConfigureLogging(logging => logging.AddProvider(logs));
            }

            if (services is not null)
            {
                web.ConfigureTestServices(services);
            }
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        return factory;
    }

    private static bool IsAddressInUse(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return true;
            }

            if (inner is AggregateException aggregate && aggregate.InnerExceptions.Any(IsAddressInUse))
            {
                return true;
            }
        }

        return false;
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }
}
