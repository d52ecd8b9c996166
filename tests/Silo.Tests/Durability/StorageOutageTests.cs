using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using ChallengeHub.Azurite;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChallengeHub.Silo.Tests.Durability;

/// <summary>
/// Storage goes away (Azurite stopped) while ten tablets log milestones, and comes back on the same data: meanwhile only
/// 503s with Retry-After and /health unhealthy, never a 500; afterwards /health is healthy again and every acknowledged
/// milestone is listed and on the wall exactly once.
/// </summary>
public sealed class StorageOutageTests
{
    private const int Tablets = 10;
    private const int MilestonesPerTablet = 12;

    [Fact]
    public async Task WhileStorageIsDownRequestsGet503AndAfterwardsEveryAcknowledgedMilestoneIsOnTheWallOnce()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = Directory.CreateTempSubdirectory("challengehub-outage-");
        var options = new AzuriteOptions { DataDirectory = data.FullName, BlobPort = FreePort(), QueuePort = FreePort(), TablePort = FreePort() };
        var azurite = await AzuriteProcess.StartAsync(options, cancellationToken: cancellationToken);
        try
        {
            await using var silo = SiloHost.Start(azurite.ConnectionString);
            using var http = silo.CreateClient();
            var challengeId = (await http.CreateChallengeAsync()).Id;
            // The outage starts once the tablets are at work, so that it falls in the middle of it.
            var (count, atWork) = (0, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            var tablets = new List<Tablet>();
            for (var t = 1; t <= Tablets; t++)
            {
                tablets.Add(new Tablet(await http.RegisterTeamAsync(challengeId, $"Ploeg {t:D2}"), silo.OrganiserToken, () =>
                {
                    if (Interlocked.Increment(ref count) == Tablets)
                    {
                        atWork.TrySetResult();
                    }
                }));
            }

            // The wall's deltas carry its counts: the one that counts every milestone is the signal that the wall caught up.
            await using var watcher = ApiClient.CreateHubConnection(silo.BaseAddress);
            var complete = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            watcher.On<WallDelta>(LiveHub.WallDeltaMethod, delta =>
            {
                if (delta.Counts?.MilestonesLogged == Tablets * MilestonesPerTablet)
                {
                    complete.TrySetResult();
                }
            });
            await watcher.StartAsync(cancellationToken);
            await watcher.InvokeAsync<WallSnapshot>("WatchChallenge", challengeId, cancellationToken);

            var sending = tablets.Select(t => t.RunAsync(silo.BaseAddress, MilestonesPerTablet, () => false, cancellationToken)).ToList();
            await atWork.Task.WaitAsync(TimeSpan.FromMinutes(1), cancellationToken);

            await azurite.StopAsync(options.SaveTimeout);
            await Task.WhenAll(tablets.Select(t => t.FirstUnavailable.Task)).WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            using (var health = await http.GetAsync("/health", cancellationToken))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            }

            azurite = await AzuriteProcess.StartAsync(options, cancellationToken: cancellationToken);
            await Task.WhenAll(sending).WaitAsync(TimeSpan.FromMinutes(3), cancellationToken);

            Assert.All(tablets, t => Assert.Empty(t.Refusals));
            Assert.All(tablets, t => Assert.True(t.UnavailableAnswers > 0));
            using (var health = await http.GetAsync("/health", cancellationToken))
            {
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            }

            foreach (var tablet in tablets)
            {
                var listed = await http.GetFromJsonAsync<Milestone[]>(
                    $"/api/challenges/{challengeId}/teams/{tablet.Team.Id}/milestones", ApiClient.Json, cancellationToken);
                Assert.Equal(MilestonesPerTablet, tablet.Acknowledged.Count);
                Assert.Equal(tablet.Acknowledged.Select(m => m.Id).Order(), listed!.Select(m => m.Id).Order());
            }

            await complete.Task.WaitAsync(TimeSpan.FromSeconds(45), cancellationToken);
            var wall = await http.GetWallAsync(challengeId);
            Assert.Equal(Tablets * MilestonesPerTablet, wall.MilestonesLogged);
        }
        finally
        {
            await azurite.DisposeAsync();
            data.Delete(recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
