namespace ChallengeHub.Grains.Tests.Walls;

public sealed class WallSequenceTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task EachChangeAdvancesTheSequenceByExactlyOne()
    {
        var challenge = await _grains.ChallengeAsync();
        var sequences = new List<long> { (await _grains.WallAsync(challenge.Id)).Sequence };

        var team = await _grains.TeamAsync(challenge.Id, "De Vonk");
        sequences.Add((await _grains.WallAsync(challenge.Id)).Sequence);
        var milestone = await _grains.MilestoneAsync(team);
        sequences.Add((await _grains.WallAsync(challenge.Id)).Sequence);
        await _grains.BadgeAsync(team, milestoneIds: [milestone.Id]);
        sequences.Add((await _grains.WallAsync(challenge.Id)).Sequence);
        await _grains.TeamAsync(challenge.Id, "Bouwers");
        sequences.Add((await _grains.WallAsync(challenge.Id)).Sequence);

        Assert.Equal([0, 1, 2, 3, 4], sequences);
    }

    [Fact]
    public async Task ReplaysDoNotAdvanceTheSequence()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.WallAsync(challenge.Id);
        var team = await _grains.TeamAsync(challenge.Id, "De Vonk", "Sint-Jozefsinstituut");
        var milestone = await _grains.MilestoneAsync(team, idempotencyKey: "m-1");
        await _grains.BadgeAsync(team, milestoneIds: [milestone.Id], idempotencyKey: "b-1");
        var before = await _grains.WallAsync(challenge.Id);

        await _grains.TeamAsync(challenge.Id, "De Vonk", "Sint-Jozefsinstituut");
        await _grains.MilestoneAsync(team, idempotencyKey: "m-1");
        await _grains.BadgeAsync(team, milestoneIds: [milestone.Id], idempotencyKey: "b-1");
        var after = await _grains.WallAsync(challenge.Id);

        Assert.Equal(3, before.Sequence);
        Assert.Equivalent(before, after, strict: true);
    }

    [Fact]
    public async Task ConcurrentChangesOfManyTeamsGetGapFreeSequenceNumbers()
    {
        var challenge = await _grains.ChallengeAsync();
        await _grains.WallAsync(challenge.Id);
        var teams = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => _grains.TeamAsync(challenge.Id, $"Team {i}")));

        await Task.WhenAll(teams.Select(team => (Task)_grains.MilestoneAsync(team)).Concat(teams.Select(team => _grains.BadgeAsync(team))));

        var wall = await _grains.WallAsync(challenge.Id);
        Assert.Equal((18, 6, 6), (wall.Sequence, wall.MilestonesLogged, wall.BadgesAwarded));
    }
}
