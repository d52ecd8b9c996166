using System.Collections.Concurrent;
using ChallengeHub.Azurite;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace ChallengeHub.Grains.Tests;

/// <summary>
/// Runs its own Azurite and a cluster of two silos, and hard-kills one while tablets log milestones the way the tablet page
/// does: every milestone under its own Idempotency-Key, retried with that same key until it is acknowledged.
/// </summary>
public sealed class SiloFailureTests
{
    private const int Teams = 6;
    private const int MilestonesPerTeam = 12;
    private const int MaxAttempts = 20;

    [Fact]
    public async Task KillingASiloLosesAndRepeatsNoAcknowledgedMilestoneAndTheWallConverges()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var azurite = await AzuriteProcess.StartAsync(
            new AzuriteOptions { InMemory = true, BlobPort = 0, QueuePort = 0, TablePort = 0 }, cancellationToken: cancellationToken);
        await using var cluster = await TestSilo.DeployAsync(azurite.ConnectionString, cancellationToken, silos: 2, configure: QuickFailover);
        var grains = cluster.Client;

        var challenge = await grains.ChallengeAsync(title: "Zonnewagen");
        await grains.WallAsync(challenge.Id);
        var teams = new List<TeamDetails>();
        for (var n = 1; n <= Teams; n++)
        {
            teams.Add(await grains.TeamAsync(challenge.Id, $"Ploeg {n}"));
        }

        // The kill comes once a third of the milestones are in, so that logging goes on before, during and after it.
        var acknowledged = new ConcurrentDictionary<Guid, ConcurrentBag<Milestone>>(teams.ToDictionary(t => t.Id, _ => new ConcurrentBag<Milestone>()));
        var killMoment = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var retries = 0;
        async Task LogAllAsync(TeamDetails team)
        {
            for (var i = 1; i <= MilestonesPerTeam; i++)
            {
                var milestone = await LogWithRetriesAsync(grains, team, i, () => Interlocked.Increment(ref retries), cancellationToken);
                acknowledged[team.Id].Add(milestone);
                if (acknowledged.Values.Sum(b => b.Count) >= Teams * MilestonesPerTeam / 3)
                {
                    killMoment.TrySetResult();
                }
            }
        }

        var tablets = teams.Select(LogAllAsync).ToList();
        await killMoment.Task.WaitAsync(cancellationToken);
        await cluster.KillSiloAsync(cluster.Silos[1], cancellationToken);
        await Task.WhenAll(tablets);

        var total = 0;
        foreach (var team in teams)
        {
            var stored = await grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id);
            var acked = acknowledged[team.Id].Select(m => m.Id).ToList();
            Assert.Equal(MilestonesPerTeam, acked.Distinct().Count());
            Assert.Equal(stored.Length, stored.Select(m => m.Id).Distinct().Count());
            Assert.Equal(acked.Order(), stored.Select(m => m.Id).Order());
            total += stored.Length;
        }

        var wall = await WallAfterFeedsCaughtUpAsync(grains, challenge.Id, total, cancellationToken);
        Assert.Equal(Teams * MilestonesPerTeam, wall.MilestonesLogged);
        foreach (var team in teams)
        {
            var newest = (await grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id)).Take(3).Select(m => m.Id);
            Assert.Equal(newest, wall.Teams.Single(t => t.Id == team.Id).RecentMilestones.Select(m => m.Id));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{total} milestones acknowledged and stored once each; {retries} retries after the kill.");
        await cluster.StopAllSilosAsync(cancellationToken);
    }

    private static async Task<Milestone> LogWithRetriesAsync(IGrainFactory grains, TeamDetails team, int number, Action retried, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await grains.MilestoneAsync(team, $"Stap {number}", $"Stap {number} van {team.Name} is gelukt.", idempotencyKey: $"{team.Id}-{number}");
            }
            catch (Exception) when (attempt < MaxAttempts)
            {
                retried();
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    /// <summary>
    /// The feeds have no completion signal: a log whose wall call failed retries on its own timer (every 5 s), so the wall is
    /// read until it counts every stored milestone or the deadline passes.
    /// </summary>
    private static async Task<WallSnapshot> WallAfterFeedsCaughtUpAsync(IGrainFactory grains, Guid challengeId, int stored, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(25);
        var wall = await grains.WallAsync(challengeId);
        while (wall.MilestonesLogged < stored && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            wall = await grains.WallAsync(challengeId);
        }

        return wall;
    }

    /// <summary>Detects the dead silo in seconds rather than Orleans' production defaults, and gives up on calls to it sooner.</summary>
    private static void QuickFailover(InProcessTestClusterBuilder builder)
    {
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.Configure<ClusterMembershipOptions>(options =>
            {
                options.ProbeTimeout = TimeSpan.FromSeconds(1);
                options.NumMissedProbesLimit = 2;
                options.NumVotesForDeathDeclaration = 1;
                options.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            });
            silo.Services.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(5));
        });
        builder.ConfigureClient(client =>
            client.Services.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(5)));
    }
}
