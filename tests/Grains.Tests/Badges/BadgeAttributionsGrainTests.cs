using System.Security.Cryptography;
using System.Text;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Badges.Attributions;
using ChallengeHub.Grains.Privacy;

namespace ChallengeHub.Grains.Tests.Badges;

public sealed class BadgeAttributionsGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ACoachAttributesABadgeToPupilsAndEachGetsAHashOfTheirOwnCodeWithAFreshSalt()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var lotte = await _grains.PupilAsync(team, "Lotte");
        var yasmine = await _grains.PupilAsync(team, "Yasmine");
        var badge = await _grains.BadgeAsync(team);
        var attributions = _grains.GetGrain<IBadgeAttributionsGrain>(team.Id);

        var attributed = await attributions.AttributeAsync(challenge.Id, badge.Id, new([lotte.Id, yasmine.Id]));
        var hashes = await attributions.GetHashesAsync(badge.Id);
        var hers = await attributions.GetForPupilAsync(challenge.Id, lotte.Id);

        Assert.Equal([lotte.Id, yasmine.Id], attributed.PupilIds);
        Assert.Equal(2, hashes.Length);
        Assert.NotEqual(hashes[0].Salt, hashes[1].Salt);
        Assert.All(hashes, h => Assert.Matches("^sha256\\$[0-9a-f]{64}$", h.IdentityHash));
        var mine = Assert.Single(hers.Badges);
        Assert.Equal(badge.Id, mine.BadgeId);
        Assert.Equal(BadgeAttributionsGrain.RecoveryCodeLength, hers.RecoveryCode.Length);
        Assert.Equal($"sha256${Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hers.RecoveryCode + mine.Salt)))}", mine.IdentityHash);
        Assert.Contains(hashes, h => h.IdentityHash == mine.IdentityHash && h.Salt == mine.Salt);
        Assert.DoesNotContain(hashes, h => h.IdentityHash.Contains("Lotte", StringComparison.Ordinal) || h.IdentityHash.Contains(lotte.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangingTheAttributionKeepsTheSaltOfWhoStaysAndDropsWhoLeaves()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var lotte = await _grains.PupilAsync(team, "Lotte");
        var yasmine = await _grains.PupilAsync(team, "Yasmine");
        var badge = await _grains.BadgeAsync(team);
        var attributions = _grains.GetGrain<IBadgeAttributionsGrain>(team.Id);
        await attributions.AttributeAsync(challenge.Id, badge.Id, new([lotte.Id, yasmine.Id]));
        var before = (await attributions.GetForPupilAsync(challenge.Id, lotte.Id)).Badges.Single();

        var changed = await attributions.AttributeAsync(challenge.Id, badge.Id, new([lotte.Id]));
        var after = (await attributions.GetForPupilAsync(challenge.Id, lotte.Id)).Badges.Single();
        var cleared = await attributions.AttributeAsync(challenge.Id, badge.Id, new([]));

        Assert.Equal([lotte.Id], changed.PupilIds);
        Assert.Equal(before, after);
        Assert.Empty((await attributions.GetForPupilAsync(challenge.Id, yasmine.Id)).Badges);
        Assert.Empty(cleared.PupilIds);
        Assert.Empty(await attributions.GetHashesAsync(badge.Id));
    }

    [Fact]
    public async Task TheCoachListsEachAttributedBadgeWithItsPupilsAndNotTheBadgesAttributedToNoOne()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var lotte = await _grains.PupilAsync(team, "Lotte");
        var yasmine = await _grains.PupilAsync(team, "Yasmine");
        var first = await _grains.BadgeAsync(team);
        var second = await _grains.BadgeAsync(team);
        var cleared = await _grains.BadgeAsync(team);
        var attributions = _grains.GetGrain<IBadgeAttributionsGrain>(team.Id);
        await attributions.AttributeAsync(challenge.Id, first.Id, new([yasmine.Id, lotte.Id]));
        await attributions.AttributeAsync(challenge.Id, second.Id, new([lotte.Id]));
        await attributions.AttributeAsync(challenge.Id, cleared.Id, new([lotte.Id]));
        await attributions.AttributeAsync(challenge.Id, cleared.Id, new([]));

        var listed = await attributions.ListAsync(challenge.Id);
        var otherChallenge = await _grains.ChallengeAsync();

        Assert.Equal([(first.Id, $"{yasmine.Id},{lotte.Id}"), (second.Id, $"{lotte.Id}")], listed.Select(a => (a.BadgeId, string.Join(',', a.PupilIds))));
        await Assert.ThrowsAsync<DomainException>(() => attributions.ListAsync(otherChallenge.Id));
    }

    [Fact]
    public async Task APupilOfAnotherTeamAnUnknownBadgeAndARevokedBadgeAreRefused()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var other = await _grains.TeamAsync(challenge.Id, "De Bliksems");
        var stranger = await _grains.PupilAsync(other, "Noor");
        var badge = await _grains.BadgeAsync(team);
        var revoked = await _grains.BadgeAsync(team, "bedraden");
        await _grains.GetGrain<ICompetenceProfileGrain>(team.Id).RevokeAsync(challenge.Id, revoked.Id, new("Dubbel uitgereikt."));
        var attributions = _grains.GetGrain<IBadgeAttributionsGrain>(team.Id);

        var foreign = await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => attributions.AttributeAsync(challenge.Id, badge.Id, new([stranger.Id])));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => attributions.AttributeAsync(challenge.Id, Guid.NewGuid(), new([])));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => attributions.AttributeAsync(challenge.Id, revoked.Id, new([])));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => attributions.AttributeAsync(challenge.Id, badge.Id, new(null)));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => attributions.GetForPupilAsync(challenge.Id, stranger.Id));

        Assert.True(foreign.Errors.ContainsKey("pupilIds"));
        Assert.Empty(await attributions.GetHashesAsync(badge.Id));
    }

    [Fact]
    public async Task AnErasedPupilLosesTheAttributionAndTheExportShowedItBefore()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var lotte = await _grains.PupilAsync(team, "Lotte");
        var yasmine = await _grains.PupilAsync(team, "Yasmine");
        var badge = await _grains.BadgeAsync(team);
        var attributions = _grains.GetGrain<IBadgeAttributionsGrain>(team.Id);
        await attributions.AttributeAsync(challenge.Id, badge.Id, new([lotte.Id, yasmine.Id]));
        var code = (await attributions.GetForPupilAsync(challenge.Id, lotte.Id)).RecoveryCode;

        var export = await attributions.ExportPupilAsync(team.Id, lotte.Id);
        foreach (var holder in PupilDataHolders.For(_grains, challenge.Id, team.Id))
        {
            await holder.ErasePupilAsync(team.Id, lotte.Id);
        }

        Assert.Contains(code, export.Json, StringComparison.Ordinal);
        Assert.Contains(badge.Id.ToString(), export.Json, StringComparison.Ordinal);
        var left = Assert.Single(await attributions.GetHashesAsync(badge.Id));
        Assert.Equal((await attributions.GetForPupilAsync(challenge.Id, yasmine.Id)).Badges.Single().IdentityHash, left.IdentityHash);
        Assert.Equal("[]", (await attributions.ExportPupilAsync(team.Id, lotte.Id)).Json);
    }
}
