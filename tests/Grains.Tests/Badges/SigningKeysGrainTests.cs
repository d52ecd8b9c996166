using System.Security.Cryptography;
using ChallengeHub.Grains.Badges.Credentials;

namespace ChallengeHub.Grains.Tests.Badges;

public sealed class SigningKeysGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task TheFirstKeyIsGeneratedOnFirstUseAndKeptAcrossActivations()
    {
        var ring = _grains.GetGrain<ISigningKeysGrain>(Guid.NewGuid().ToString());

        var first = await ring.GetKeysAsync();
        await fixture.Cluster.DeactivateAsync(ring);
        var again = await ring.GetKeysAsync();

        var key = Assert.Single(first);
        Assert.Equal("key-1", key.Id);
        Assert.Equal(key.PrivateKey, Assert.Single(again).PrivateKey);
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(key.PrivateKey, out _);
        Assert.Equal(SigningKeysGrain.KeySize, rsa.KeySize);
    }

    [Fact]
    public async Task RotationAddsANewSigningKeyAndKeepsTheOldOneForVerification()
    {
        var ring = _grains.GetGrain<ISigningKeysGrain>(Guid.NewGuid().ToString());
        var before = await ring.GetKeysAsync();

        var after = await ring.RotateAsync();

        Assert.Equal(["key-1", "key-2"], after.Select(k => k.Id));
        Assert.Equal(before[0].PrivateKey, after[0].PrivateKey);
        Assert.NotEqual(after[0].PrivateKey, after[1].PrivateKey);
    }

    [Fact]
    public async Task AnAwardedBadgeCanBeFoundByItsIdAlone()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);

        var badge = await _grains.BadgeAsync(team);

        Assert.Equal(new BadgeLocation(challenge.Id, team.Id), await _grains.GetGrain<IBadgeLocatorGrain>(badge.Id).GetAsync());
        Assert.Null(await _grains.GetGrain<IBadgeLocatorGrain>(Guid.NewGuid()).GetAsync());
    }
}
