using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Walls;

/// <summary>"Competences shown today": distinct team and competence pairs in milestones and badges, per day in Brussels.</summary>
public sealed class CompetencesShownTodayTests(FakeClockCluster cluster) : IClassFixture<FakeClockCluster>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly IGrainFactory _grains = cluster.Grains;

    [Fact]
    public async Task EachTeamAndCompetenceCountsOnceADayWhetherShownInAMilestoneOrABadge()
    {
        cluster.AdvanceTo(new TimeOnly(10, 0));
        var challenge = await _grains.ChallengeAsync();
        var vonk = await _grains.TeamAsync(challenge.Id, "De Vonk");
        var bouwers = await _grains.TeamAsync(challenge.Id, "Bouwers");
        var before = await _grains.WallAsync(challenge.Id);

        await _grains.MilestoneAsync(vonk, competenceIds: ["meten-testen", "bedraden"]);
        await _grains.MilestoneAsync(vonk, competenceIds: ["meten-testen"]);
        await _grains.BadgeAsync(vonk, "bedraden", 2);
        await _grains.BadgeAsync(vonk, "presenteren", 1);
        await _grains.MilestoneAsync(bouwers, competenceIds: ["meten-testen"]);

        var wall = await _grains.WallAsync(challenge.Id);
        var deltas = await cluster.Feed.WaitForAsync(challenge.Id, (int)before.Sequence + 5).WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal((4, 3), (wall.CompetencesShownToday, wall.MilestonesLogged));
        Assert.Equal([2, 2, 2, 3, 4], deltas.Skip((int)before.Sequence).Select(d => d.Counts!.CompetencesShownToday));
        Assert.Equal([1, 2, 2, 2, 3], deltas.Skip((int)before.Sequence).Select(d => d.Counts!.MilestonesLogged));
        var dayEndsAt = wall.DayEndsAt!.Value;
        Assert.Equal(TimeSpan.FromHours(14), dayEndsAt - cluster.Clock.GetUtcNow());
        Assert.Equal(TimeOnly.MinValue, TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(dayEndsAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).DateTime));
    }

    [Fact]
    public async Task AtMidnightInBrusselsTheCountStartsAgainAndTheOtherCountsStay()
    {
        cluster.AdvanceTo(new TimeOnly(23, 58));
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.MilestoneAsync(team, competenceIds: ["meten-testen", "bedraden"]);
        var beforeMidnight = await _grains.WallAsync(challenge.Id);

        cluster.Clock.Advance(TimeSpan.FromMinutes(3));
        var afterMidnight = await _grains.WallAsync(challenge.Id);
        await _grains.MilestoneAsync(team, competenceIds: ["meten-testen"]);
        var nextMorning = await _grains.WallAsync(challenge.Id);

        Assert.Equal((2, 1), (beforeMidnight.CompetencesShownToday, beforeMidnight.MilestonesLogged));
        Assert.Equal((0, 1), (afterMidnight.CompetencesShownToday, afterMidnight.MilestonesLogged));
        Assert.Equal((1, 2), (nextMorning.CompetencesShownToday, nextMorning.MilestonesLogged));
        Assert.Equal(beforeMidnight.DayEndsAt!.Value.AddDays(1), afterMidnight.DayEndsAt);
        Assert.True(beforeMidnight.DayEndsAt <= cluster.Clock.GetUtcNow());
        var last = (await cluster.Feed.WaitForAsync(challenge.Id, (int)nextMorning.Sequence).WaitAsync(Patience, TestContext.Current.CancellationToken))[^1];
        Assert.Equal(1, last.Counts!.CompetencesShownToday);
    }

    [Fact]
    public async Task AFrameworkInANewOrderKeepsWhatEachTeamShowedToday()
    {
        cluster.AdvanceTo(new TimeOnly(11, 0));
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.MilestoneAsync(team, competenceIds: ["meten-testen", "bedraden"]);
        var wall = _grains.GetGrain<IWallGrain>(challenge.Id);

        await wall.FrameworkChangedAsync([.. challenge.Competences.Select(c => c.Id).Reverse()]);
        var reordered = await wall.GetSnapshotAsync();
        await _grains.MilestoneAsync(team, competenceIds: ["bedraden", "presenteren"]);

        Assert.Equal(2, reordered.CompetencesShownToday);
        Assert.Equal(3, (await wall.GetSnapshotAsync()).CompetencesShownToday);
    }
}
