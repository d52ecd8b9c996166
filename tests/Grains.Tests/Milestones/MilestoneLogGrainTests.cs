using ChallengeHub.Grains.Milestones;

namespace ChallengeHub.Grains.Tests.Milestones;

public sealed class MilestoneLogGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    public static TheoryData<string?, int, string> InvalidMilestones => new()
    {
        { null, 10, "title" },
        { "  ", 10, "title" },
        { new string('t', MilestoneLogGrain.MaxTitleLength + 1), 10, "title" },
        { "Schakeling getest", MilestoneLogGrain.MaxStoryLength + 1, "story" },
    };

    [Fact]
    public async Task LoggedMilestonesAreStoredAndListedNewestFirst()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);

        var first = await _grains.MilestoneAsync(team, " Kit uitgepakt ", "  Alles geteld. ", ["samenwerken"]);
        var second = await _grains.MilestoneAsync(team, "Schema getekend", competenceIds: ["ontwerpen-bouwen", "presenteren"]);
        var third = await _grains.MilestoneAsync(team, "Motor draait");

        Assert.Equal(new Milestone(first.Id, team.Id, "Kit uitgepakt", "Alles geteld.", first.CompetenceIds, first.LoggedAt, first.OrderIds, first.PhotoIds), first);
        Assert.Empty(first.OrderIds!.Value);
        Assert.Empty(first.PhotoIds!.Value);
        Assert.Equal(["samenwerken"], first.CompetenceIds);
        var listed = await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id);
        Assert.Equal([third.Id, second.Id, first.Id], listed.Select(m => m.Id));
        Assert.Equivalent(new[] { third, second, first }, listed, strict: true);
        Assert.True(listed[0].LoggedAt >= listed[1].LoggedAt && listed[1].LoggedAt >= listed[2].LoggedAt);
    }

    [Theory]
    [MemberData(nameof(InvalidMilestones))]
    public async Task MilestoneWithoutTitleOrWithTooLongStoryIsInvalidAndStoresNothing(string? title, int storyLength, string field)
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var log = _grains.GetGrain<IMilestoneLogGrain>(team.Id);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Invalid,
            () => log.LogAsync(challenge.Id, new(title, new string('s', storyLength), ["meten-testen"]), null));

        Assert.Equal([field], refusal.Errors.Keys);
        Assert.Empty(await log.ListAsync(challenge.Id));
        Assert.Equal(0, (await _grains.WallAsync(challenge.Id)).MilestonesLogged);
    }

    [Theory]
    [InlineData("lassen")]
    [InlineData("materiaalkennis")]
    public async Task MilestoneClaimingACompetenceOutsideTheFrameworkIsUnprocessableAndStoresNothing(string competenceId)
    {
        var challenge = await _grains.ChallengeAsync(sector: "electro");
        var team = await _grains.TeamAsync(challenge.Id);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Unprocessable,
            () => _grains.MilestoneAsync(team, competenceIds: ["meten-testen", competenceId]));

        Assert.Contains(competenceId, refusal.Detail, StringComparison.Ordinal);
        Assert.Empty(await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id));
    }

    [Fact]
    public async Task TeamOfAnotherChallengeCannotLogOrListMilestonesThere()
    {
        var home = await _grains.ChallengeAsync();
        var other = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(home.Id);
        var log = _grains.GetGrain<IMilestoneLogGrain>(team.Id);

        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => log.LogAsync(other.Id, new("Schakeling getest", null, []), null));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => log.ListAsync(other.Id));

        Assert.Empty(await log.ListAsync(home.Id));
        Assert.Equal(0, (await _grains.WallAsync(other.Id)).MilestonesLogged);
    }

    [Fact]
    public async Task UnregisteredTeamCannotLogMilestones()
    {
        var challenge = await _grains.ChallengeAsync();
        var log = _grains.GetGrain<IMilestoneLogGrain>(Guid.NewGuid());

        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => log.LogAsync(challenge.Id, new("Schakeling getest", null, []), null));
    }
}
