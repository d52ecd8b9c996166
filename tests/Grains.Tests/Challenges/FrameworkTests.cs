using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Challenges;

public sealed class FrameworkTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AFrameworkExportedFromOneChallengeImportsIntoAnother()
    {
        var source = await DraftAsync("construction");
        var target = await DraftAsync("electro");

        var imported = await _grains.GetGrain<IChallengeGrain>(target.Id).UpdateFrameworkAsync(new(FrameworkDocument.CurrentFormat, source.Competences));

        Assert.Equivalent(source.Competences, imported.Competences, strict: true);
        Assert.Equivalent(imported, await _grains.GetGrain<IChallengeGrain>(target.Id).GetAsync(), strict: true);
    }

    [Fact]
    public async Task InDraftCompetencesCanBeAddedRenamedDescribedAndReordered()
    {
        var challenge = await DraftAsync();
        var renamed = challenge.Competences[0] with { Name = new("Veilig en gezond werken", "Working safely and healthily", "Travailler en sécurité") };
        var added = challenge.Competences[1] with
        {
            Id = "programmeren",
            Name = new("Programmeren", "Programming", "Programmer"),
            Description = new("De sturing programmeren.", "Programming the control.", null),
            ExternalReference = "BK-0123-2",
        };
        ImmutableArray<Competence> edited = [added, .. challenge.Competences.Skip(1).Reverse(), renamed];

        var updated = await _grains.GetGrain<IChallengeGrain>(challenge.Id).UpdateFrameworkAsync(new(null, edited));

        Assert.Equal(edited.Select(c => c.Id), updated.Competences.Select(c => c.Id));
        Assert.Equal("Veilig en gezond werken", updated.Competences[^1].Name.Nl);
        Assert.Equal(("BK-0123-2", "Programming the control."), (updated.Competences[0].ExternalReference, updated.Competences[0].Description!.En));
        Assert.Equal("De sturing programmeren.", updated.Competences[0].Description!.Fr ?? updated.Competences[0].Description!.Nl);
    }

    [Fact]
    public async Task WhileRunningCompetencesCanBeAddedAndDescribedButNotRemovedOrRenamed()
    {
        var challenge = await _grains.ChallengeAsync();
        var grain = _grains.GetGrain<IChallengeGrain>(challenge.Id);
        var extra = challenge.Competences[0] with { Id = "programmeren", Name = new("Programmeren", "Programming") };
        var described = challenge.Competences[2] with { Description = new("Meten met de multimeter.", "Measuring with a multimeter.") };

        var grown = await grain.UpdateFrameworkAsync(new(null, [.. challenge.Competences.SetItem(2, described), extra]));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => grain.UpdateFrameworkAsync(new(null, grown.Competences.RemoveAt(1))));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () =>
            grain.UpdateFrameworkAsync(new(null, grown.Competences.SetItem(0, grown.Competences[0] with { Name = new("Anders", "Other") }))));

        Assert.Equal(challenge.Competences.Length + 1, grown.Competences.Length);
        Assert.Equal("Meten met de multimeter.", grown.Competences[2].Description!.Nl);
        Assert.Equivalent(grown, await grain.GetAsync(), strict: true);
    }

    [Fact]
    public async Task TheWallFollowsFrameworkChangesWithADelta()
    {
        var challenge = await _grains.ChallengeAsync();
        var before = await _grains.WallAsync(challenge.Id);
        await _grains.TeamAsync(challenge.Id);
        var extra = challenge.Competences[0] with { Id = "programmeren", Name = new("Programmeren", "Programming") };

        await _grains.GetGrain<IChallengeGrain>(challenge.Id).UpdateFrameworkAsync(new(null, [extra, .. challenge.Competences]));

        var deltas = await fixture.Feed.WaitForAsync(challenge.Id, 2).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(WallDeltaKind.FrameworkChanged, deltas[1].Kind);
        Assert.Equal(before.Sequence + 2, deltas[1].Sequence);
        Assert.Equal(["programmeren", .. challenge.Competences.Select(c => c.Id)], deltas[1].CompetenceIds!.Value);
        var card = Assert.Single((await _grains.WallAsync(challenge.Id)).Teams);
        Assert.Equal(new CompetenceLevel("programmeren", 0), card.Competences[0]);
    }

    public static TheoryData<string, string> InvalidFrameworks => new()
    {
        { "bad id", "competences[0].id" },
        { "three levels", "competences[0].levels" },
        { "duplicate id", "competences" },
        { "no Dutch name", "competences[0].name.nl" },
        { "odd reference", "competences[0].externalReference" },
        { "unknown format", "format" },
        { "no competences", "competences" },
    };

    [Theory]
    [MemberData(nameof(InvalidFrameworks))]
    public async Task AnInvalidFrameworkIsRefusedFieldByFieldAndChangesNothing(string problem, string field)
    {
        var challenge = await DraftAsync();
        var first = challenge.Competences[0];
        var document = problem switch
        {
            "bad id" => new FrameworkDocument(null, challenge.Competences.SetItem(0, first with { Id = "Veilig Werken!" })),
            "three levels" => new FrameworkDocument(null, challenge.Competences.SetItem(0, first with { Levels = first.Levels.RemoveAt(3) })),
            "duplicate id" => new FrameworkDocument(null, challenge.Competences.Add(first)),
            "no Dutch name" => new FrameworkDocument(null, challenge.Competences.SetItem(0, first with { Name = new(" ", "Safety") })),
            "odd reference" => new FrameworkDocument(null, challenge.Competences.SetItem(0, first with { ExternalReference = "javascript:alert(1)" })),
            "unknown format" => new FrameworkDocument("someone.else/7", challenge.Competences),
            _ => new FrameworkDocument(null, []),
        };

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.GetGrain<IChallengeGrain>(challenge.Id).UpdateFrameworkAsync(document));

        Assert.Contains(field, refusal.Errors.Keys);
        Assert.Equivalent(challenge, await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetAsync(), strict: true);
    }

    private async Task<ChallengeDetails> DraftAsync(string sector = "electro") =>
        await _grains.GetGrain<IChallengeGrain>(Guid.NewGuid()).CreateAsync(new("Eindproject", sector));
}
