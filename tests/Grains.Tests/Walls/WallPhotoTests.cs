using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Walls;

/// <summary>A team's card shows the photo of its newest milestone only while the pupils it depends on consent to it.</summary>
public sealed class WallPhotoTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly ConsentRequest WallAndPhotos = new(Wall: true, Showcase: false, Photos: true);

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task TheCardShowsThePhotoOfAMilestoneWhoseAuthorConsentedToTheWallAndToPhotos()
    {
        var (team, pupil) = await TeamWithPupilAsync(WallAndPhotos);
        var photo = await PhotoAsync(team, pupil.Id);

        await MilestoneAsync(team, pupil.Id, photo);

        var wall = _grains.GetGrain<IWallGrain>(team.ChallengeId);
        Assert.Equal(photo, Card(await wall.GetSnapshotAsync(), team).PhotoId);
        Assert.Equal(team.Id, await wall.FindTeamShowingPhotoAsync(photo));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task APhotoOfAnAuthorWithoutConsentToTheWallAndToPhotosStaysOffTheCard(bool wallConsent, bool photoConsent)
    {
        var (team, pupil) = await TeamWithPupilAsync(new(wallConsent, true, photoConsent));
        var photo = await PhotoAsync(team, pupil.Id);

        await MilestoneAsync(team, pupil.Id, photo);

        var wall = _grains.GetGrain<IWallGrain>(team.ChallengeId);
        Assert.Null(Card(await wall.GetSnapshotAsync(), team).PhotoId);
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => wall.FindTeamShowingPhotoAsync(photo));
    }

    [Fact]
    public async Task APhotoLoggedBeforeConsentAppearsOnTheCardOnceTheCoachRecordsConsent()
    {
        var (team, pupil) = await TeamWithPupilAsync(new(Wall: false, Showcase: false, Photos: false));
        var photo = await PhotoAsync(team, pupil.Id);
        await MilestoneAsync(team, pupil.Id, photo);
        var wall = _grains.GetGrain<IWallGrain>(team.ChallengeId);
        var before = Card(await wall.GetSnapshotAsync(), team).PhotoId;

        await _grains.GetGrain<ITeamGrain>(team.Id).SetConsentAsync(pupil.Id, WallAndPhotos, "Coach Peeters");

        Assert.Null(before);
        Assert.Equal(photo, Card(await wall.GetSnapshotAsync(), team).PhotoId);
        Assert.Equal(team.Id, await wall.FindTeamShowingPhotoAsync(photo));
    }

    [Fact]
    public async Task ANewerMilestoneWithoutConsentedPhotoLeavesTheShownPhotoInPlace()
    {
        var (team, lotte) = await TeamWithPupilAsync(WallAndPhotos);
        var yasmine = await _grains.PupilAsync(team, "Yasmine");
        var shown = await PhotoAsync(team, lotte.Id);
        await MilestoneAsync(team, lotte.Id, shown);

        await MilestoneAsync(team, yasmine.Id, await PhotoAsync(team, yasmine.Id));

        Assert.Equal(shown, Card(await _grains.WallAsync(team.ChallengeId), team).PhotoId);
    }

    [Fact]
    public async Task AMilestoneWithoutAuthorShowsTheCoachsPhotoAndAPupilsPhotoOnlyWithThatPupilsPhotoConsent()
    {
        var (team, noor) = await TeamWithPupilAsync(new(Wall: false, Showcase: false, Photos: false));
        var coachPhoto = await PhotoAsync(team, uploadedBy: null);
        await MilestoneAsync(team, authorId: null, coachPhoto);
        var afterCoach = Card(await _grains.WallAsync(team.ChallengeId), team).PhotoId;

        var noorsPhoto = await PhotoAsync(team, noor.Id);
        await MilestoneAsync(team, authorId: null, noorsPhoto);
        var withoutNoorsConsent = Card(await _grains.WallAsync(team.ChallengeId), team).PhotoId;
        await _grains.GetGrain<ITeamGrain>(team.Id).SetConsentAsync(noor.Id, new(null, null, Photos: true), "Coach Peeters");
        await MilestoneAsync(team, authorId: null, noorsPhoto);

        Assert.Equal(coachPhoto, afterCoach);
        Assert.Equal(coachPhoto, withoutNoorsConsent);
        Assert.Equal(noorsPhoto, Card(await _grains.WallAsync(team.ChallengeId), team).PhotoId);
    }

    [Fact]
    public async Task WithdrawnConsentTakesThePhotoOffTheCardInATeamChangedDeltaAndARenewedOnePutsItBack()
    {
        var (team, pupil) = await TeamWithPupilAsync(WallAndPhotos);
        var photo = await PhotoAsync(team, pupil.Id);
        var before = await _grains.WallAsync(team.ChallengeId);
        await MilestoneAsync(team, pupil.Id, photo);
        var teamGrain = _grains.GetGrain<ITeamGrain>(team.Id);
        var wall = _grains.GetGrain<IWallGrain>(team.ChallengeId);

        await teamGrain.SetConsentAsync(pupil.Id, new(null, null, Photos: false), "Coach Peeters");
        var refusedAfterWithdrawal = await Record.ExceptionAsync(() => wall.FindTeamShowingPhotoAsync(photo));
        await teamGrain.SetConsentAsync(pupil.Id, new(null, null, Photos: true), "Coach Peeters");

        var deltas = await fixture.Feed.WaitForAsync(team.ChallengeId, (int)(before.Sequence + 3)).WaitAsync(Patience, TestContext.Current.CancellationToken);
        var ours = deltas.Where(d => d.Sequence > before.Sequence).ToList();
        Assert.Equal([WallDeltaKind.MilestoneLogged, WallDeltaKind.TeamChanged, WallDeltaKind.TeamChanged], ours.Select(d => d.Kind));
        Assert.Equal(photo, ours[0].Team!.PhotoId);
        Assert.Null(ours[1].Team!.PhotoId);
        Assert.Equal(photo, ours[2].Team!.PhotoId);
        Assert.Equal(DomainErrorKind.NotFound, Assert.IsType<DomainException>(refusedAfterWithdrawal).Kind);
        Assert.Equal(team.Id, await wall.FindTeamShowingPhotoAsync(photo));
    }

    [Fact]
    public async Task ErasingThePupilRemovesTheirPhotoFromTheCardForGood()
    {
        var (team, pupil) = await TeamWithPupilAsync(WallAndPhotos);
        var photo = await PhotoAsync(team, pupil.Id);
        await MilestoneAsync(team, pupil.Id, photo);
        var exported = await _grains.GetGrain<IWallGrain>(team.ChallengeId).ExportPupilAsync(team.Id, pupil.Id);

        foreach (var holder in PupilDataHolders.For(_grains, team.ChallengeId, team.Id))
        {
            await holder.ErasePupilAsync(team.Id, pupil.Id);
        }

        var wall = _grains.GetGrain<IWallGrain>(team.ChallengeId);
        Assert.Contains(photo.ToString(), exported.Json, StringComparison.Ordinal);
        Assert.Null(Card(await wall.GetSnapshotAsync(), team).PhotoId);
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => wall.FindTeamShowingPhotoAsync(photo));
        Assert.DoesNotContain(photo.ToString(), (await wall.ExportPupilAsync(team.Id, pupil.Id)).Json, StringComparison.Ordinal);
    }

    private async Task<(TeamDetails Team, Pupil Pupil)> TeamWithPupilAsync(ConsentRequest consent)
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        return (team, await _grains.PupilAsync(team, "Lotte", consent));
    }

    private async Task<Guid> PhotoAsync(TeamDetails team, Guid? uploadedBy) =>
        (await _grains.GetGrain<IEvidenceGrain>(team.Id).AddAsync(team.ChallengeId,
            new NewEvidencePhoto(Guid.NewGuid(), $"{Guid.NewGuid():N}.jpg", "image/jpeg", 2048, 1536, 300_000, uploadedBy))).Id;

    private Task<Milestone> MilestoneAsync(TeamDetails team, Guid? authorId, Guid photoId) =>
        _grains.GetGrain<IMilestoneLogGrain>(team.Id).LogAsync(team.ChallengeId,
            new("Motor draait", "Op het zonnepaneel.", ["meten-testen"], PhotoIds: [photoId]), null, authorId);

    private static WallTeam Card(WallSnapshot wall, TeamDetails team) => wall.Teams.Single(t => t.Id == team.Id);
}
