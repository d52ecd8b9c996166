using ChallengeHub.Grains.Badges;

namespace ChallengeHub.Grains.Tests.Badges;

public sealed class CompetenceProfileGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AwardedBadgeIsStoredWithItsEvidence()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var milestone = await _grains.MilestoneAsync(team);

        var badge = await _grains.GetGrain<ICompetenceProfileGrain>(team.Id).AwardAsync(challenge.Id,
            new(" meten-testen ", 3, " Jullie meten systematisch. ", [milestone.Id, milestone.Id]), null);

        Assert.Equal((team.Id, "meten-testen", 3, "Jullie meten systematisch."), (badge.TeamId, badge.CompetenceId, badge.Level, badge.Feedback));
        Assert.Equal([milestone.Id], badge.MilestoneIds);
        var listed = await _grains.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challenge.Id);
        Assert.Equivalent(new[] { badge }, listed, strict: true);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(null)]
    public async Task LevelOutsideOneToFourIsInvalidAndStoresNothing(int? level)
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var profile = _grains.GetGrain<ICompetenceProfileGrain>(team.Id);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Invalid,
            () => profile.AwardAsync(challenge.Id, new("meten-testen", level, "Goed gemeten.", []), null));

        Assert.Equal(["level"], refusal.Errors.Keys);
        Assert.Empty(await profile.ListAsync(challenge.Id));
    }

    [Fact]
    public async Task EvidenceFromAnotherTeamIsUnprocessable()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id, "De Vonk");
        var otherTeam = await _grains.TeamAsync(challenge.Id, "Bouwers");
        var ownMilestone = await _grains.MilestoneAsync(team);
        var othersMilestone = await _grains.MilestoneAsync(otherTeam);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Unprocessable,
            () => _grains.BadgeAsync(team, milestoneIds: [ownMilestone.Id, othersMilestone.Id]));

        Assert.Contains(othersMilestone.Id.ToString(), refusal.Detail, StringComparison.Ordinal);
        Assert.Empty(await _grains.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challenge.Id));
    }

    [Theory]
    [InlineData("lassen")]
    [InlineData("materiaalkennis")]
    public async Task BadgeForACompetenceOutsideTheFrameworkIsUnprocessable(string competenceId)
    {
        var challenge = await _grains.ChallengeAsync(sector: "electro");
        var team = await _grains.TeamAsync(challenge.Id);

        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.BadgeAsync(team, competenceId));

        Assert.Empty(await _grains.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challenge.Id));
    }

    [Fact]
    public async Task ReusingAKeyForAnotherBadgeIsUnprocessableAndRepeatingItReturnsTheFirst()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var first = await _grains.BadgeAsync(team, level: 2, idempotencyKey: "juror-1/5");

        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.BadgeAsync(team, level: 3, idempotencyKey: "juror-1/5"));
        var repeat = await _grains.BadgeAsync(team, level: 2, idempotencyKey: "juror-1/5");

        Assert.Equivalent(first, repeat, strict: true);
        Assert.Single(await _grains.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challenge.Id));
    }
}
