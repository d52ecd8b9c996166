using System.Net;
using System.Net.Sockets;
using ChallengeHub.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(ChallengeHub.Silo.Tests.SiloFixture))]

namespace ChallengeHub.Silo.Tests;

/// <summary>
/// One real ChallengeHub for the whole test assembly: the Silo on a Kestrel port with its co-hosted Orleans silo,
/// storing in an in-memory Azurite. Tests use fresh challenges, so they never see each other's data.
/// </summary>
public sealed class SiloFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;
    private WebApplicationFactory<Program>? _factory;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true, BlobPort = 0, QueuePort = 0, TablePort = 0 });
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Development")
            .UseSetting("ConnectionStrings:AzureStorage", _azurite.ConnectionString)
            .UseSetting("Cluster:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Cluster:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("DemoData:Enabled", "false"));
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
