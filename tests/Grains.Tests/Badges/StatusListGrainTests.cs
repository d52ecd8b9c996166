using ChallengeHub.Grains.Badges.Status;

namespace ChallengeHub.Grains.Tests.Badges;

public sealed class StatusListGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ABadgeKeepsItsIndexAndARevocationItsBitAcrossActivations()
    {
        var list = _grains.GetGrain<IStatusListGrain>(Guid.NewGuid());
        var (revoked, standing) = (Guid.NewGuid(), Guid.NewGuid());
        var revokedIndex = await list.AssignAsync(revoked);
        var standingIndex = await list.AssignAsync(standing);

        await list.RevokeAsync(revoked);
        await list.RevokeAsync(revoked);
        await fixture.Cluster.DeactivateAsync(list);

        Assert.Equal(revokedIndex, await list.AssignAsync(revoked));
        Assert.Equal(standingIndex, await list.AssignAsync(standing));
        var stored = await list.GetAsync();
        Assert.Equal(StatusListGrain.Length, stored.Length);
        Assert.Equal([revokedIndex], stored.Revoked);
    }

    [Fact]
    public async Task RevokingABadgeWithoutAnIndexGivesItOneAndSetsItsBit()
    {
        var list = _grains.GetGrain<IStatusListGrain>(Guid.NewGuid());
        var badge = Guid.NewGuid();

        await list.RevokeAsync(badge);

        Assert.Equal([await list.AssignAsync(badge)], (await list.GetAsync()).Revoked);
    }
}
