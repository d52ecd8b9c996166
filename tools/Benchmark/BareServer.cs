using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Benchmark;

/// <summary>The bare app's wall messages: named as the Silo's, so that either hub protocol writes them as it writes the Silo's.</summary>
public sealed record BareSnapshot(Guid ChallengeId, long Sequence);

public sealed record BareMilestone(Guid Id);

public sealed record BareDelta(Guid ChallengeId, long Sequence, string Kind, Guid TeamId, BareMilestone Milestone);

/// <summary>
/// The baseline: the same HTTP and hub contract as ChallengeHub for logging a milestone and watching a wall, as a bare in-memory
/// ASP.NET Core app (no Orleans, no storage, no sign-in). Each challenge numbers its deltas under its own lock and sends them to its
/// SignalR group, as the wall grain does; what the machine can do at all for this fan-out.
/// </summary>
internal sealed class BareServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Starts the app on a free loopback port.</summary>
    public static async Task<BareServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        // Both protocols, as the Silo's hub: each watcher's choice is then served in the same one by either target.
        builder.Services.AddSignalR().AddMessagePackProtocol();
        builder.Services.AddSingleton<Walls>();
        var app = builder.Build();
        app.MapHub<BareHub>("/hubs/challenge");
        app.MapPost("/api/challenges/{challengeId:guid}/teams/{teamId:guid}/milestones", async (Guid challengeId, Guid teamId, Walls walls, IHubContext<BareHub> hub) =>
        {
            var id = Guid.NewGuid();
            await walls.Of(challengeId).PublishAsync(sequence => hub.Clients.Group(challengeId.ToString("N")).SendAsync(
                "wallDelta", new BareDelta(challengeId, sequence, "milestoneLogged", teamId, new BareMilestone(id))));
            return Results.Created($"/api/challenges/{challengeId}/teams/{teamId}/milestones/{id}", new { id });
        });
        app.MapPost("/api/challenges/{challengeId:guid}/teams/{teamId:guid}/orders", (Guid challengeId, Guid teamId) =>
        {
            var id = Guid.NewGuid();
            return Results.Created($"/api/challenges/{challengeId}/teams/{teamId}/orders/{id}", new { id });
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new BareServer(app, new Uri(address));
    }

    /// <summary>
    /// <c>bare-serve</c>: runs the app in a process of its own, so that its CPU time can be read like the Silo's; prints its address
    /// on the first line of standard output and stops when standard input closes.
    /// </summary>
    public static async Task<int> ServeAsync()
    {
        await using var server = await StartAsync(CancellationToken.None);
        Console.WriteLine(server.Url);
        await Console.In.ReadToEndAsync();
        return 0;
    }

    /// <summary>Challenges, teams and tablets of the same shape as the ChallengeHub run; the bare app needs no set-up or sign-in.</summary>
    public static IReadOnlyList<BenchChallenge> CreateChallenges(Uri url, BenchmarkOptions options) =>
        [.. Enumerable.Range(0, options.Challenges).Select(_ =>
        {
            var challengeId = Guid.NewGuid();
            return new BenchChallenge(challengeId, "bare", [.. Enumerable.Range(0, options.TeamsPerChallenge).Select(_ =>
                new BenchTeam(challengeId, Guid.NewGuid(), [.. Enumerable.Range(0, options.PupilsPerTeamPlanned)
                    .Select(_ => new BenchPupil(Setup.CreateTabletClient(url), null))]))]);
        })];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The hub: joins the challenge's group first, then answers the snapshot's sequence, as ChallengeHub's hub does.</summary>
    private sealed class BareHub(Walls walls) : Hub
    {
        public async Task<BareSnapshot> WatchChallenge(Guid challengeId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, challengeId.ToString("N"), Context.ConnectionAborted);
            return new BareSnapshot(challengeId, walls.Of(challengeId).Sequence);
        }
    }

    private sealed class Walls : IDisposable
    {
        private readonly ConcurrentDictionary<Guid, Wall> _walls = new();

        public Wall Of(Guid challengeId) => _walls.GetOrAdd(challengeId, _ => new Wall());

        public void Dispose()
        {
            foreach (var wall in _walls.Values)
            {
                wall.Dispose();
            }
        }
    }

    /// <summary>One challenge's sequence; a delta is numbered and sent before the next one, so that every watcher gets them in order.</summary>
    private sealed class Wall : IDisposable
    {
        private readonly SemaphoreSlim _turn = new(1);

        public long Sequence { get; private set; }

        public async Task PublishAsync(Func<long, Task> send)
        {
            await _turn.WaitAsync();
            try
            {
                Sequence++;
                await send(Sequence);
            }
            finally
            {
                _turn.Release();
            }
        }

        public void Dispose() => _turn.Dispose();
    }
}
