using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Teams;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace ChallengeHub.Grains.Tests.Evidence;

public sealed class EvidenceGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task PhotosAreListedNewestFirstAndFoundById()
    {
        var team = await TeamAsync();
        var first = await AddAsync(team);
        var second = await AddAsync(team);

        var listed = await Evidence(team).ListAsync(team.ChallengeId);

        Assert.Equal([second.Id, first.Id], listed.Select(p => p.Id));
        Assert.Equal(first, await Evidence(team).GetAsync(team.ChallengeId, first.Id));
        Assert.Equal((team.Id, 640, 480, "image/jpeg"), (first.TeamId, first.Width, first.Height, first.ContentType));
    }

    [Fact]
    public async Task RecordingTheSamePhotoIdAgainReturnsTheFirstRecordAndStoresNothing()
    {
        var team = await TeamAsync();
        var photo = Photo();
        var first = await Evidence(team).AddAsync(team.ChallengeId, photo);

        var again = await Evidence(team).AddAsync(team.ChallengeId, photo with { BlobName = "iets-anders.jpg" });

        Assert.Equal(first, again);
        Assert.Single(await Evidence(team).ListAsync(team.ChallengeId));
    }

    [Fact]
    public async Task APhotoOfAnotherTeamIsNotFound()
    {
        var team = await TeamAsync();
        var other = await _grains.TeamAsync(team.ChallengeId, "Volt Vooruit");
        var photo = await AddAsync(other);

        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => Evidence(team).GetAsync(team.ChallengeId, photo.Id));
        Assert.Equal([photo.Id], await Evidence(team).FindUnknownAsync([photo.Id]));
    }

    [Fact]
    public async Task ATeamOfAnotherChallengeIsNotFoundAndNothingIsStored()
    {
        var team = await TeamAsync();
        var otherChallenge = await _grains.ChallengeAsync();

        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => Evidence(team).EnsureCanAddAsync(otherChallenge.Id));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => Evidence(team).AddAsync(otherChallenge.Id, Photo()));
        Assert.Empty(await Evidence(team).ListAsync(team.ChallengeId));
    }

    [Fact]
    public async Task PhotosAreOnlyAddedWhileTheChallengeIsRunning()
    {
        var team = await TeamAsync();
        await _grains.GetGrain<IChallengeGrain>(team.ChallengeId).AdvanceAsync(ChallengeStatus.Showcase);

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => Evidence(team).EnsureCanAddAsync(team.ChallengeId));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => Evidence(team).AddAsync(team.ChallengeId, Photo()));
    }

    [Fact]
    public async Task ATeamKeepsAtMostItsCapOfPhotosAndTheNextIsRefusedWithAConflict()
    {
        var team = await TeamAsync();
        await StoreAsync(team, Enumerable.Range(1, EvidenceGrain.MaxPhotos - 1).Select(_ => Stored(team)));

        var last = await AddAsync(team);
        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => Evidence(team).EnsureCanAddAsync(team.ChallengeId));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => AddAsync(team));

        Assert.Contains(EvidenceGrain.MaxPhotos.ToString(System.Globalization.CultureInfo.InvariantCulture), refusal.Detail, StringComparison.Ordinal);
        var listed = await Evidence(team).ListAsync(team.ChallengeId);
        Assert.Equal((EvidenceGrain.MaxPhotos, last.Id), (listed.Length, listed[0].Id));
    }

    [Fact]
    public async Task RemovingAPupilsPhotosReturnsExactlyThoseAndKeepsTheRest()
    {
        var team = await TeamAsync();
        var pupil = Guid.NewGuid();
        var classmate = Guid.NewGuid();
        var own = await AddAsync(team, pupil);
        var theirs = await AddAsync(team, classmate);
        var anonymous = await AddAsync(team);
        var ownSecond = await AddAsync(team, pupil);

        var exported = await Evidence(team).ExportUploadedByAsync(pupil);
        var removed = await Evidence(team).RemoveUploadedByAsync(pupil);

        Assert.Equal([own, ownSecond], exported);
        Assert.Equal([own, ownSecond], removed);
        Assert.Equal([anonymous.Id, theirs.Id], (await Evidence(team).ListAsync(team.ChallengeId)).Select(p => p.Id));
        Assert.Empty(await Evidence(team).ExportUploadedByAsync(pupil));
        Assert.Empty(await Evidence(team).RemoveUploadedByAsync(pupil));
    }

    /// <summary>
    /// Puts photo records straight into the grain's storage before the grain activates: hundreds of uploads one by one would
    /// only slow the suite down, and the grain reads what storage holds just as after a restart.
    /// </summary>
    private async Task StoreAsync(TeamDetails team, IEnumerable<EvidencePhoto> photos)
    {
        var silo = (InProcessSiloHandle)fixture.Cluster.Silos[0];
        var storage = silo.SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(Constants.StorageName);
        var state = new GrainState<EvidenceState>(new EvidenceState { ChallengeId = team.ChallengeId, Photos = [.. photos] });
        await storage.WriteStateAsync("evidence", Evidence(team).GetGrainId(), state);
    }

    private static EvidencePhoto Stored(TeamDetails team) =>
        new(Guid.NewGuid(), team.Id, $"{Guid.NewGuid():N}.jpg", "image/jpeg", 640, 480, 48_000, DateTimeOffset.UnixEpoch, null);

    private async Task<TeamDetails> TeamAsync() => await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);

    private IEvidenceGrain Evidence(TeamDetails team) => _grains.GetGrain<IEvidenceGrain>(team.Id);

    private Task<EvidencePhoto> AddAsync(TeamDetails team, Guid? uploadedBy = null) =>
        Evidence(team).AddAsync(team.ChallengeId, Photo(uploadedBy));

    private static NewEvidencePhoto Photo(Guid? uploadedBy = null) =>
        new(Guid.NewGuid(), $"{Guid.NewGuid():N}.jpg", "image/jpeg", 640, 480, 48_000, uploadedBy);
}
