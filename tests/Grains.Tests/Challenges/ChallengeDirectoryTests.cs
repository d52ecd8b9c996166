using ChallengeHub.Grains.Challenges;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace ChallengeHub.Grains.Tests.Challenges;

/// <summary>The list of all challenges is spread over partitions by challenge id and read as one.</summary>
public sealed class ChallengeDirectoryTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task EachChallengeIsListedOnceInThePartitionItsIdPointsTo()
    {
        var created = new List<ChallengeDetails>();
        for (var n = 0; n < 12; n++)
        {
            created.Add(await _grains.ChallengeAsync(title: $"Zonnewagen {n}"));
        }

        var listed = await _grains.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey).ListAsync();

        foreach (var challenge in created)
        {
            Assert.Single(listed, c => c.Id == challenge.Id);
            var partition = await Partition(ChallengeDirectoryGrain.PartitionOf(challenge.Id)).ListAsync();
            Assert.Single(partition, c => c.Id == challenge.Id);
        }

        Assert.True(created.Select(c => ChallengeDirectoryGrain.PartitionOf(c.Id)).Distinct().Count() > 1, "Twelve challenges share one partition.");
    }

    [Fact]
    public async Task ADirectoryStoredInOnePieceHandsItsChallengesToThePartitionsKeepingNewerEntries()
    {
        // A directory of its own key, so that the cluster's own directory (key 0) is left alone.
        var directory = _grains.GetGrain<IChallengeDirectoryGrain>(Random.Shared.NextInt64(1, long.MaxValue));
        var stored = Enumerable.Range(1, 6).Select(n => new ChallengeSummary(Guid.NewGuid(), $"Bouwwerf {n}", Sector.Construction, ChallengeStatus.Draft)).ToArray();
        var newer = stored[0] with { Status = ChallengeStatus.Running };
        await Partition(ChallengeDirectoryGrain.PartitionOf(newer.Id)).SetAsync(newer);
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(Constants.StorageName);
        await storage.WriteStateAsync("challenges", directory.GetGrainId(), new GrainState<ChallengeDirectoryState>(new() { Challenges = [.. stored] }));

        var listed = await directory.ListAsync();
        await fixture.Cluster.DeactivateAsync(directory);
        var listedAgain = await directory.ListAsync();

        Assert.Equal([newer, .. stored[1..]], listed.Where(c => stored.Any(s => s.Id == c.Id)));
        Assert.Equal([newer, .. stored[1..]], listedAgain.Where(c => stored.Any(s => s.Id == c.Id)));
        var left = new GrainState<ChallengeDirectoryState>();
        await storage.ReadStateAsync("challenges", directory.GetGrainId(), left);
        Assert.Empty(left.State!.Challenges);
    }

    private IChallengeDirectoryPartitionGrain Partition(int partition) => _grains.GetGrain<IChallengeDirectoryPartitionGrain>(partition);
}
