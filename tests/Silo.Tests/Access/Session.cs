using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Accounts;
using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>
/// A browser as the server sees it: a cookie jar (also for the hub), the antiforgery token of its last sign-in, and
/// optionally its own client address, so that per-client limits count it apart from every other test's client.
/// </summary>
public sealed class Session : IDisposable
{
    public const string StaffPassphrase = "een lange zin als wachtwoord";

    private static int _lastAddress;

    private Session(Uri baseAddress, IPAddress? from)
    {
        var handler = new SocketsHttpHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false };
        if (from is not null)
        {
            handler.ConnectCallback = (context, cancellationToken) => ConnectFromAsync(from, context.DnsEndPoint, cancellationToken);
        }

        Http = new HttpClient(handler) { BaseAddress = baseAddress };
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies { get; } = new();

    public SessionInfo? Info { get; private set; }

    /// <summary>A client of the public, from <paramref name="from"/> when given.</summary>
    public static Session Anonymous(Uri baseAddress, IPAddress? from = null) => new(baseAddress, from);

    /// <summary>A loopback address no other client of this test run uses (Linux routes all of 127.0.0.0/8 to loopback).</summary>
    public static IPAddress NewClientAddress()
    {
        var next = Interlocked.Increment(ref _lastAddress);
        return new IPAddress([127, 77, (byte)(next >> 8), (byte)next]);
    }

    /// <summary>Signs in through <paramref name="path"/> and fails the test when that does not work.</summary>
    public static async Task<Session> SignInAsync(Uri baseAddress, string path, object body, IPAddress? from = null)
    {
        var session = new Session(baseAddress, from);
        using var response = await session.PostSignInAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Sign-in at {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return session;
    }

    public static Task<Session> StaffAsync(Uri baseAddress, string displayName, string passphrase = StaffPassphrase) =>
        SignInAsync(baseAddress, "/api/session", new { displayName, passphrase });

    public static Task<Session> PupilAsync(Uri baseAddress, TeamDetails team, string nickname, string pin = "1234", IPAddress? from = null) =>
        SignInAsync(baseAddress, "/api/session/pupil", new { joinCode = team.JoinCode, nickname, pin }, from);

    /// <summary>Redeems an invite under a fresh display name, which <see cref="Info"/> then holds.</summary>
    public static Task<Session> RedeemAsync(Uri baseAddress, string code, string role) =>
        SignInAsync(baseAddress, $"/api/invites/{code}/redeem", new { displayName = $"{role} {Guid.NewGuid():N}", passphrase = StaffPassphrase });

    /// <summary>Posts to a sign-in endpoint; on success keeps the session's antiforgery token for the next changes.</summary>
    public async Task<HttpResponseMessage> PostSignInAsync(string path, object body)
    {
        var response = await Http.PostAsJsonAsync(path, body, ApiClient.Json);

        // 200 starts a session; a 202 (a nickname waiting for approval) does not.
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Info = await response.Content.ReadFromJsonAsync<SessionInfo>(ApiClient.Json);
            Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
            Http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", Info!.AntiforgeryToken);
        }

        return response;
    }

    /// <summary>A hub connection carrying this session's cookie and, when given, a browser's <c>Origin</c> header.</summary>
    public HubConnection CreateHubConnection(string? origin = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Http.BaseAddress!, "/hubs/challenge"), HttpTransportType.WebSockets, options =>
            {
                options.Cookies = Cookies;
                if (origin is not null)
                {
                    options.Headers["Origin"] = origin;
                }
            })
            .AddJsonProtocol(options => ApiSetup.Configure(options.PayloadSerializerOptions))
            .Build();

    /// <summary>Another client holding the same cookies and token, for a request that would end this session (signing out).</summary>
    public Session Copy()
    {
        var copy = new Session(Http.BaseAddress!, null);
        copy.Cookies.Add(Cookies.GetAllCookies());
        foreach (var header in Http.DefaultRequestHeaders)
        {
            copy.Http.DefaultRequestHeaders.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }

    public void Dispose() => Http.Dispose();

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress from, DnsEndPoint server, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(server, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
