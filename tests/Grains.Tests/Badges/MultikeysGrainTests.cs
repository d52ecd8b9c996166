using ChallengeHub.Grains.Badges.Credentials;

namespace ChallengeHub.Grains.Tests.Badges;

public sealed class MultikeysGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task TheFirstEd25519KeyIsGeneratedOnFirstUseAndKeptAcrossActivations()
    {
        var ring = _grains.GetGrain<IMultikeysGrain>(Guid.NewGuid().ToString());

        var first = await ring.GetKeysAsync();
        await fixture.Cluster.DeactivateAsync(ring);
        var again = await ring.GetKeysAsync();

        var key = Assert.Single(first);
        Assert.Equal("ed25519-1", key.Id);
        Assert.Equal(32, key.Seed.Length);
        Assert.Equal(key.Seed, Assert.Single(again).Seed);
    }

    [Fact]
    public async Task RotationAddsANewEd25519KeyAndKeepsTheOldOneForVerification()
    {
        var ring = _grains.GetGrain<IMultikeysGrain>(Guid.NewGuid().ToString());
        var before = await ring.GetKeysAsync();

        var after = await ring.RotateAsync();

        Assert.Equal(["ed25519-1", "ed25519-2"], after.Select(k => k.Id));
        Assert.Equal(before[0].Seed, after[0].Seed);
        Assert.NotEqual(after[0].Seed, after[1].Seed);
    }
}
