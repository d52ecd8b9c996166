using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Grains.Tests.Badges;

public sealed class SeveralJurorsTests(ClusterFixture fixture)
{
    private static readonly Juror Els = new(Guid.NewGuid(), "Els (Volta)");
    private static readonly Juror Marc = new(Guid.NewGuid(), "Marc (Educam)");

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task TwoJurorsAwardTheSameCompetenceAndTheWallShowsTheHighestLevel()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var profile = _grains.GetGrain<ICompetenceProfileGrain>(team.Id);

        var fromEls = await profile.AwardAsync(challenge.Id, Award("meten-testen", 3), null, Els);
        var fromMarc = await profile.AwardAsync(challenge.Id, Award("meten-testen", 2), null, Marc);

        Assert.Equal((Els.Id, "Els (Volta)"), (fromEls.JurorId, fromEls.JurorName));
        Assert.Equal(Marc.Id, fromMarc.JurorId);
        Assert.Equal(2, (await profile.ListAsync(challenge.Id)).Length);
        Assert.Equal(3, await ShownLevelAsync(challenge.Id, "meten-testen"));
    }

    [Fact]
    public async Task RevokingTheHighestBadgeDropsTheWallToTheHighestLevelLeftAndKeepsTheAuditTrail()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var profile = _grains.GetGrain<ICompetenceProfileGrain>(team.Id);
        var high = await profile.AwardAsync(challenge.Id, Award("meten-testen", 4), null, Els);
        await profile.AwardAsync(challenge.Id, Award("meten-testen", 2), null, Marc);

        var revoked = await profile.RevokeAsync(challenge.Id, high.Id, new(" Foto hoorde bij een ander team. "), Marc);

        Assert.Equal(("Foto hoorde bij een ander team.", Marc.Id, "Marc (Educam)"), (revoked.Revocation!.Reason, revoked.Revocation.RevokedBy, revoked.Revocation.RevokedByName));
        var listed = await profile.ListAsync(challenge.Id);
        Assert.True(listed.Single(b => b.Id == high.Id).IsRevoked);
        Assert.Equal(2, await ShownLevelAsync(challenge.Id, "meten-testen"));
        Assert.Equal(1, (await _grains.WallAsync(challenge.Id)).BadgesAwarded);
    }

    [Fact]
    public async Task RevokingTheOnlyBadgeLeavesTheCompetenceUnshownAndTheTeamWithoutBadge()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var badge = await _grains.BadgeAsync(team, level: 3);

        await _grains.GetGrain<ICompetenceProfileGrain>(team.Id).RevokeAsync(challenge.Id, badge.Id, new("Dubbel ingevoerd."));

        Assert.Equal(0, await ShownLevelAsync(challenge.Id, "meten-testen"));
        Assert.Equal([team.Id], (await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetClosingCheckAsync()).TeamsWithoutBadge.Select(t => t.Id));
    }

    [Fact]
    public async Task ABadgeIsRevokedOnceAndOnlyWithAReason()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var badge = await _grains.BadgeAsync(team);
        var profile = _grains.GetGrain<ICompetenceProfileGrain>(team.Id);

        var invalid = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => profile.RevokeAsync(challenge.Id, badge.Id, new("  ")));
        await profile.RevokeAsync(challenge.Id, badge.Id, new("Verkeerd team."));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => profile.RevokeAsync(challenge.Id, badge.Id, new("Nog eens.")));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => profile.RevokeAsync(challenge.Id, Guid.NewGuid(), new("Onbekend.")));

        Assert.Equal(["reason"], invalid.Errors.Keys);
        Assert.Equal("Verkeerd team.", (await profile.ListAsync(challenge.Id)).Single().Revocation!.Reason);
    }

    [Fact]
    public async Task ACompetenceThatRequiresTheSafetyCompetenceIsRefusedUntilTheTeamHoldsIt()
    {
        var challenge = await _grains.ChallengeAsync(sector: "electro");
        var team = await _grains.TeamAsync(challenge.Id);
        var profile = _grains.GetGrain<ICompetenceProfileGrain>(team.Id);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.BadgeAsync(team, "storingen-zoeken"));
        var safety = await _grains.BadgeAsync(team, "veilig-werken");
        var awarded = await _grains.BadgeAsync(team, "storingen-zoeken", level: 3);
        await profile.RevokeAsync(challenge.Id, safety.Id, new("Geen isolatiemeting gezien."));
        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.BadgeAsync(team, "storingen-zoeken", level: 4));

        Assert.Contains("veilig-werken", refusal.Detail, StringComparison.Ordinal);
        Assert.Contains("Veilig werken met elektriciteit", refusal.Detail, StringComparison.Ordinal);
        Assert.Equal(["competenceId"], refusal.Errors.Keys);
        Assert.Equal(3, awarded.Level);
    }

    [Fact]
    public async Task AFrameworkCanOnlyRequireAnotherCompetenceOfItself()
    {
        var challenge = await _grains.ChallengeAsync();
        var grain = _grains.GetGrain<IChallengeGrain>(challenge.Id);
        var competences = challenge.Competences;

        var toUnknown = await Refusal.ExpectAsync(DomainErrorKind.Invalid,
            () => grain.UpdateFrameworkAsync(new(null, competences.SetItem(1, competences[1] with { Requires = "lassen" }))));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid,
            () => grain.UpdateFrameworkAsync(new(null, competences.SetItem(1, competences[1] with { Requires = competences[1].Id }))));
        var updated = await grain.UpdateFrameworkAsync(new(null, competences.SetItem(1, competences[1] with { Requires = "veilig-werken" })));

        Assert.Equal(["competences[1].requires"], toUnknown.Errors.Keys);
        Assert.Equal("veilig-werken", updated.Competences[1].Requires);
    }

    [Fact]
    public async Task CalibrationListsCompetencesWithLevelsTwoOrMoreApartInFrameworkOrder()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var profile = _grains.GetGrain<ICompetenceProfileGrain>(team.Id);
        await profile.AwardAsync(challenge.Id, Award("meten-testen", 1), null, Els);
        await profile.AwardAsync(challenge.Id, Award("meten-testen", 3), null, Marc);
        await profile.AwardAsync(challenge.Id, Award("bedraden", 2), null, Els);
        await profile.AwardAsync(challenge.Id, Award("bedraden", 3), null, Marc);
        var revoked = await profile.AwardAsync(challenge.Id, Award("samenwerken", 4), null, Els);
        await profile.AwardAsync(challenge.Id, Award("samenwerken", 1), null, Marc);
        await profile.RevokeAsync(challenge.Id, revoked.Id, new("Verkeerd team."));

        var items = Calibration.Find(challenge, team, await profile.ListAsync(challenge.Id)).ToArray();

        var item = Assert.Single(items);
        Assert.Equal((team.Id, team.Name, "meten-testen"), (item.TeamId, item.TeamName, item.CompetenceId));
        Assert.Equal([(Els.Id, 1), (Marc.Id, 3)], item.Levels.Select(l => (l.JurorId!.Value, l.Level)));
    }

    private static AwardBadgeRequest Award(string competenceId, int level) =>
        new(competenceId, level, null, [], Shown: "Jullie toonden een nette aanpak.", NextStep: "Leg je keuzes nog uit aan een ander team.");

    private async Task<int> ShownLevelAsync(Guid challengeId, string competenceId) =>
        Assert.Single((await _grains.WallAsync(challengeId)).Teams).Competences.Single(c => c.CompetenceId == competenceId).Level;
}
