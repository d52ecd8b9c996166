using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Milestones;

public sealed class MilestonePhotoTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AMilestoneShowsTheTeamsOwnPhotosInTheirOrder()
    {
        var team = await TeamAsync();
        var first = await PhotoAsync(team);
        var second = await PhotoAsync(team);

        var milestone = await Log(team, [second.Id, first.Id]);

        Assert.Equal([second.Id, first.Id], milestone.PhotoIds!.Value);
        Assert.Equal([second.Id, first.Id], (await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(team.ChallengeId)).Single().PhotoIds!.Value);
    }

    [Fact]
    public async Task APhotoOfAnotherTeamIsRefusedWithAFieldErrorAndNothingIsStored()
    {
        var team = await TeamAsync();
        var other = await _grains.TeamAsync(team.ChallengeId, "Volt Vooruit");
        var foreign = await PhotoAsync(other);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => Log(team, [foreign.Id]));

        Assert.Contains(foreign.Id.ToString(), Assert.Single(refusal.Errors["photoIds"]), StringComparison.Ordinal);
        Assert.Empty(await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(team.ChallengeId));
    }

    [Fact]
    public async Task AMilestoneShowsAtMostItsCapOfPhotos()
    {
        var team = await TeamAsync();
        var photos = new List<Guid>();
        for (var n = 0; n <= MilestoneLogGrain.MaxLinkedPhotos; n++)
        {
            photos.Add((await PhotoAsync(team)).Id);
        }

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => Log(team, [.. photos]));

        Assert.True(refusal.Errors.ContainsKey("photoIds"));
        Assert.Equal(MilestoneLogGrain.MaxLinkedPhotos, (await Log(team, [.. photos.Take(MilestoneLogGrain.MaxLinkedPhotos)])).PhotoIds!.Value.Length);
    }

    [Fact]
    public async Task ARetryWithOtherPhotosUnderTheSameKeyIsRefused()
    {
        var team = await TeamAsync();
        var first = await PhotoAsync(team);
        var second = await PhotoAsync(team);
        var logged = await Log(team, [first.Id], "sleutel-1");

        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => Log(team, [first.Id, second.Id], "sleutel-1"));
        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => Log(team, [], "sleutel-1"));

        Assert.Equal(logged.Id, (await Log(team, [first.Id], "sleutel-1")).Id);
        Assert.Single(await _grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(team.ChallengeId));
    }

    private async Task<TeamDetails> TeamAsync() => await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);

    private Task<EvidencePhoto> PhotoAsync(TeamDetails team) =>
        _grains.GetGrain<IEvidenceGrain>(team.Id).AddAsync(team.ChallengeId,
            new(Guid.NewGuid(), $"{Guid.NewGuid():N}.jpg", "image/jpeg", 2048, 1536, 350_000, null));

    private Task<Milestone> Log(TeamDetails team, Guid[] photoIds, string? idempotencyKey = null) =>
        _grains.GetGrain<IMilestoneLogGrain>(team.Id).LogAsync(team.ChallengeId,
            new("Behuizing gefreesd", "De foto's tonen de afgewerkte behuizing.", ["meten-testen"], PhotoIds: photoIds), idempotencyKey);
}
