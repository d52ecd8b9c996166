using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests;

/// <summary>One real Silo process-in-a-process: Kestrel on a free loopback port, its Orleans silo on free ports.</summary>
public sealed class SiloHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private SiloHost(WebApplicationFactory<Program> factory, Uri baseAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts a Silo on <paramref name="connectionString"/>; <paramref name="settings"/> add to or override the defaults.</summary>
    public static SiloHost Start(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        // Orleans ports found free can be taken by another process before the silo binds them: then pick new ones.
        for (var attempt = 1; ; attempt++)
        {
            var factory = Configure(connectionString, settings);
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
            return new SiloHost(factory, new Uri(addresses.Addresses.Single()));
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private static WebApplicationFactory<Program> Configure(string connectionString, IReadOnlyDictionary<string, string>? settings)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development")
                .UseSetting("ConnectionStrings:AzureStorage", connectionString)
                .UseSetting("Cluster:SiloPort", FreePort())
                .UseSetting("Cluster:GatewayPort", FreePort())
                .UseSetting("DemoData:Enabled", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                web.UseSetting(key, value);
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
