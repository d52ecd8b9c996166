using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Showcase;

public sealed class ShowcaseGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AMilestoneIsShownOnlyWithItsAuthorsShowcaseConsentAndItsPhotosOnlyWithTheUploadersPhotoConsent()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id, "De Vonk", "VTI Brugge");
        var lotte = await _grains.PupilAsync(team, "Lotte", new(Wall: false, Showcase: true, Photos: false));
        var noor = await _grains.PupilAsync(team, "Noor", new(Wall: true, Showcase: false, Photos: true));
        var hers = await PhotoAsync(team, lotte.Id);
        var coachs = await PhotoAsync(team, null);
        var log = _grains.GetGrain<IMilestoneLogGrain>(team.Id);
        var shown = await log.LogAsync(challenge.Id, new("Motor getest", "Lotte vond de losse draad.", ["meten-testen"], PhotoIds: [hers.Id, coachs.Id]), null, lotte.Id);
        await log.LogAsync(challenge.Id, new("Schema getekend", "Noor tekende het schema.", ["meten-testen"]), null, noor.Id);
        var byCoach = await log.LogAsync(challenge.Id, new("Planning gemaakt", "Het team verdeelde de taken.", ["meten-testen"]), null);

        var feed = await _grains.GetGrain<IShowcaseGrain>(challenge.Id).GetFeedAsync();

        Assert.Equal([byCoach.Id, shown.Id], feed.Items.Select(i => i.Id));
        var item = feed.Items.Single(i => i.Id == shown.Id);
        Assert.Equal(("De Vonk", "VTI Brugge", "Lotte vond de losse draad."), (item.TeamName, item.School, item.Story));
        Assert.Equal([coachs.Id], item.PhotoIds!.Value);
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => _grains.GetGrain<IShowcaseGrain>(challenge.Id).FindShownPhotoAsync(team.Id, hers.Id));
        Assert.Equal(coachs.Id, (await _grains.GetGrain<IShowcaseGrain>(challenge.Id).FindShownPhotoAsync(team.Id, coachs.Id)).Id);
    }

    [Fact]
    public async Task TheShowcaseFollowsAWithdrawnConsentAndAnEraseAtOnceNeverShowingTheErasedPupilsMilestoneAndKeepsTheTeamsBadges()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var lotte = await _grains.PupilAsync(team, "Lotte", new(Wall: true, Showcase: true, Photos: true));
        var milestone = await _grains.GetGrain<IMilestoneLogGrain>(team.Id).LogAsync(challenge.Id, new("Motor getest", "Lotte vond de losse draad.", ["meten-testen"]), null, lotte.Id);
        var badge = await _grains.BadgeAsync(team, milestoneIds: [milestone.Id]);
        var showcase = _grains.GetGrain<IShowcaseGrain>(challenge.Id);
        var before = await showcase.GetFeedAsync();
        Assert.Contains("Lotte", (await showcase.ExportPupilAsync(team.Id, lotte.Id)).Json, StringComparison.Ordinal);

        await _grains.GetGrain<ITeamGrain>(team.Id).SetConsentAsync(lotte.Id, new(null, Showcase: false, null), "Coach Peeters");
        var withdrawn = await showcase.GetFeedAsync();
        await _grains.GetGrain<ITeamGrain>(team.Id).SetConsentAsync(lotte.Id, new(null, Showcase: true, null), "Coach Peeters");
        foreach (var holder in PupilDataHolders.For(_grains, challenge.Id, team.Id))
        {
            await holder.ErasePupilAsync(team.Id, lotte.Id);
        }

        var erased = await showcase.GetFeedAsync();

        Assert.Equal([badge.Id, milestone.Id], before.Items.Select(i => i.Id));
        Assert.Equal([badge.Id], withdrawn.Items.Select(i => i.Id));
        Assert.Equal([badge.Id], erased.Items.Select(i => i.Id));
        Assert.Equal(ShowcaseItemKind.Badge, erased.Items.Single(i => i.Id == badge.Id).Kind);
        Assert.DoesNotContain("Lotte", (await showcase.ExportPupilAsync(team.Id, lotte.Id)).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheOrganiserDecisionMakesTheShowcasePublic()
    {
        var challenge = await _grains.ChallengeAsync();
        var showcase = _grains.GetGrain<IShowcaseGrain>(challenge.Id);

        var before = await showcase.IsPublicAsync();
        await showcase.SetPublicAsync(new(true));
        var opened = await showcase.IsPublicAsync();
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => showcase.SetPublicAsync(new(null)));

        Assert.Equal((false, true), (before, opened));
        Assert.False(await _grains.GetGrain<IShowcaseGrain>(Guid.NewGuid()).IsPublicAsync());
    }

    private Task<EvidencePhoto> PhotoAsync(TeamDetails team, Guid? uploadedBy)
    {
        var id = Guid.NewGuid();
        return _grains.GetGrain<IEvidenceGrain>(team.Id).AddAsync(team.ChallengeId, new(id, $"photo-{id:N}", "image/jpeg", 800, 600, 1000, uploadedBy));
    }
}
