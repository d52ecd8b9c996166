using System.Collections.Immutable;
using Azure.Data.Tables;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace ChallengeHub.Grains.Tests.Milestones;

/// <summary>
/// A team's log seals full pages of milestones into states of their own after its answers, so that a new milestone
/// rewrites only the open tail. The tests await each seal through <see cref="MilestoneSeals"/> and read what storage holds.
/// </summary>
public sealed class MilestoneLogPageTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private IGrainStorage Storage => fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(Constants.StorageName);

    [Fact]
    public async Task ANewMilestoneRewritesOnlyTheOpenTailNotTheWholeLog()
    {
        var (challenge, team) = await TeamAsync();

        await LogAsync(team, 60);
        await fixture.Seals.SealedAsync(team.Id, 2).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var stored = await StoredAsync(team);
        Assert.Equal(2, stored.SealedPages);
        Assert.Equal(Enumerable.Range(51, 10), stored.Milestones.Select(m => m.Number));
        Assert.Equal(Enumerable.Range(26, 25), (await PageAsync(team, 2)).Milestones.Select(m => m.Number));
        var rows = await RowSizesAsync(team);
        Assert.True(rows["milestones"] < rows["milestones-page-1"], $"The log's own row has {rows["milestones"]:N0} bytes, a page {rows["milestones-page-1"]:N0}.");
        Assert.Equal(60, (await _grains.WallAsync(challenge.Id)).MilestonesLogged);
    }

    [Fact]
    public async Task AfterReactivationTheLogListsEveryMilestoneNumbersOnAndRecognisesARetryFromASealedPage()
    {
        var (challenge, team) = await TeamAsync();
        var logged = await LogAsync(team, 60);
        await fixture.Seals.SealedAsync(team.Id, 2).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var log = _grains.GetGrain<IMilestoneLogGrain>(team.Id);

        await fixture.Cluster.DeactivateAsync(log);
        var listed = await log.ListAsync(challenge.Id);
        var retry = await _grains.MilestoneAsync(team, "Stap 3", idempotencyKey: "stap-3");
        var next = await _grains.MilestoneAsync(team, "Stap 61", idempotencyKey: "stap-61");

        Assert.Equal(logged.Reverse().Select(m => m.Id), listed.Select(m => m.Id));
        Assert.Equivalent(logged[2], retry, strict: true);
        var stored = await StoredAsync(team);
        Assert.Equal((next.Id, 61), (stored.Milestones[^1].Milestone.Id, stored.Milestones[^1].Number));
        Assert.Equal(61, (await _grains.WallAsync(challenge.Id)).MilestonesLogged);
    }

    [Fact]
    public async Task ALogStoredBeforeItHadPagesReadsBackAndSealsWithItsNextMilestone()
    {
        var (challenge, team) = await TeamAsync();
        var log = _grains.GetGrain<IMilestoneLogGrain>(team.Id);
        var old = Enumerable.Range(1, 40).Select(n => new LoggedMilestone(n,
            new Milestone(Guid.NewGuid(), team.Id, $"Stap {n}", "Zo gedaan.", ["meten-testen"], DateTimeOffset.UtcNow), $"stap-{n}")).ToImmutableArray();
        await Storage.WriteStateAsync("milestones", log.GetGrainId(), new GrainState<MilestoneLogState>(
            new() { ChallengeId = challenge.Id, Milestones = old, WallSyncedThrough = 40 }));

        var listed = await log.ListAsync(challenge.Id);
        var next = await _grains.MilestoneAsync(team, "Stap 41");
        await fixture.Seals.SealedAsync(team.Id, 1).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await fixture.Cluster.DeactivateAsync(log);

        Assert.Equivalent(old.Reverse().Select(m => m.Milestone), listed, strict: true);
        var stored = await StoredAsync(team);
        Assert.Equal(1, stored.SealedPages);
        Assert.Equal(Enumerable.Range(26, 16), stored.Milestones.Select(m => m.Number));
        Assert.Equal(old.Take(25).Select(m => (m.Number, m.Milestone.Id)), (await PageAsync(team, 1)).Milestones.Select(m => (m.Number, m.Milestone.Id)));
        Assert.Equal([next.Id, .. old.Reverse().Select(m => m.Milestone.Id)], (await log.ListAsync(challenge.Id)).Select(m => m.Id));
    }

    [Fact]
    public async Task PageRowsLeftFromAnInterruptedSealAreOverwrittenOrIgnored()
    {
        var (challenge, team) = await TeamAsync();
        var log = _grains.GetGrain<IMilestoneLogGrain>(team.Id);
        var stray = new MilestonePage { Milestones = [new LoggedMilestone(1, new Milestone(Guid.NewGuid(), team.Id, "Verdwaald", "", [], DateTimeOffset.UtcNow), null)] };
        await Storage.WriteStateAsync("milestones-page-1", log.GetGrainId(), new GrainState<MilestonePage>(stray));
        await Storage.WriteStateAsync("milestones-page-3", log.GetGrainId(), new GrainState<MilestonePage>(stray));

        var logged = await LogAsync(team, 30);
        await fixture.Seals.SealedAsync(team.Id, 1).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await fixture.Cluster.DeactivateAsync(log);

        Assert.Equal(logged.Take(25).Select(m => m.Id), (await PageAsync(team, 1)).Milestones.Select(m => m.Milestone.Id));
        Assert.Equal(logged.Reverse().Select(m => m.Id), (await log.ListAsync(challenge.Id)).Select(m => m.Id));
        Assert.Equal(30, (await _grains.WallAsync(challenge.Id)).MilestonesLogged);
    }

    [Fact]
    public async Task ErasingAPupilBlanksTheirWordsInSealedPagesToo()
    {
        var (challenge, team) = await TeamAsync();
        var lotte = await _grains.PupilAsync(team, "Lotte");
        var log = _grains.GetGrain<IMilestoneLogGrain>(team.Id);
        var logged = new List<Milestone>();
        for (var n = 1; n <= 30; n++)
        {
            logged.Add(await log.LogAsync(challenge.Id, new($"Stap {n}", "Lotte vond de losse draad.", ["meten-testen"]), null, n is 2 or 27 ? lotte.Id : null));
        }

        await fixture.Seals.SealedAsync(team.Id, 1).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await log.ErasePupilAsync(team.Id, lotte.Id);
        var listed = await log.ListAsync(challenge.Id);
        await fixture.Cluster.DeactivateAsync(log);
        var listedAgain = await log.ListAsync(challenge.Id);

        foreach (var milestones in new[] { listed, listedAgain })
        {
            Assert.Equal(logged.Select(m => m.Id).Reverse(), milestones.Select(m => m.Id));
            Assert.All(milestones.Where(m => m.Id == logged[1].Id || m.Id == logged[26].Id),
                m => Assert.Equal(("", "", null, true), (m.Title, m.Story, m.AuthorId, m.WordsWithheld)));
            Assert.Equal(28, milestones.Count(m => m.Title.StartsWith("Stap", StringComparison.Ordinal) && !m.WordsWithheld));
        }

        var page = await PageAsync(team, 1);
        Assert.Equal(("", true), (page.Milestones[1].Milestone.Title, page.Milestones[1].Milestone.WordsWithheld));
    }

    private async Task<(ChallengeDetails Challenge, TeamDetails Team)> TeamAsync()
    {
        var challenge = await _grains.ChallengeAsync();
        return (challenge, await _grains.TeamAsync(challenge.Id));
    }

    private async Task<ImmutableArray<Milestone>> LogAsync(TeamDetails team, int count)
    {
        var logged = ImmutableArray.CreateBuilder<Milestone>();
        for (var n = 1; n <= count; n++)
        {
            logged.Add(await _grains.MilestoneAsync(team, $"Stap {n}", idempotencyKey: $"stap-{n}"));
        }

        return logged.ToImmutable();
    }

    private async Task<MilestoneLogState> StoredAsync(TeamDetails team)
    {
        var stored = new GrainState<MilestoneLogState>();
        await Storage.ReadStateAsync("milestones", _grains.GetGrain<IMilestoneLogGrain>(team.Id).GetGrainId(), stored);
        return stored.State!;
    }

    private async Task<MilestonePage> PageAsync(TeamDetails team, int number)
    {
        var stored = new GrainState<MilestonePage>();
        await Storage.ReadStateAsync($"milestones-page-{number}", _grains.GetGrain<IMilestoneLogGrain>(team.Id).GetGrainId(), stored);
        return stored.State!;
    }

    /// <summary>The bytes of each of the log's rows in the grain state table, by row key.</summary>
    private async Task<Dictionary<string, int>> RowSizesAsync(TeamDetails team)
    {
        var sizes = new Dictionary<string, int>();
        var table = new TableServiceClient(fixture.StorageConnectionString).GetTableClient(Constants.GrainStateTable);
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken))
        {
            if (entity.PartitionKey.Contains(team.Id.ToString("N"), StringComparison.OrdinalIgnoreCase) && entity.RowKey.StartsWith("milestones", StringComparison.Ordinal))
            {
                sizes[entity.RowKey] = entity.Keys.Select(k => entity[k]).OfType<byte[]>().Sum(b => b.Length);
            }
        }

        return sizes;
    }
}
