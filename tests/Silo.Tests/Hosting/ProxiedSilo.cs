using ChallengeHub.Azurite;

namespace ChallengeHub.Silo.Tests.Hosting;

/// <summary>
/// A Silo behind a reverse proxy on 127.0.0.1 (<c>ForwardedHeaders:KnownProxies</c>), with a low sign-in limit. A test
/// client connecting from 127.0.0.1 plays the proxy: the <c>X-Forwarded-For</c> it sends is the client address the Silo sees.
/// </summary>
public sealed class ProxiedSilo : IAsyncLifetime
{
    public const string Proxy = "127.0.0.1";
    public const int SignInsPerMinute = 3;

    private AzuriteProcess? _azurite;

    public SiloHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true, BlobPort = 0, QueuePort = 0, TablePort = 0 });
        Host = SiloHost.Start(_azurite.ConnectionString, new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownProxies:0"] = Proxy,
            ["RateLimits:SignInsPerMinute"] = $"{SignInsPerMinute}",
        });
    }

    /// <summary>A client that reaches the Silo through the proxy on behalf of <paramref name="client"/>.</summary>
    public HttpClient ThroughProxy(string client, string? token = null)
    {
        var http = Host.CreateAnonymousClient();
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return http;
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

[CollectionDefinition(Name)]
public sealed class ProxiedSiloGroup : ICollectionFixture<ProxiedSilo>
{
    public const string Name = "Proxied silo";
}
