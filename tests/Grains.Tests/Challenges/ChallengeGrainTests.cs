using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Grains.Tests.Challenges;

public sealed class ChallengeGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    public static TheoryData<string?, string?, string[]> InvalidChallenges => new()
    {
        { null, "electro", ["title"] },
        { "   ", "construction", ["title"] },
        { new string('x', ChallengeGrain.MaxTitleLength + 1), "electro", ["title"] },
        { "Zonnewagen", "plumbing", ["sector"] },
        { "Zonnewagen", null, ["sector"] },
        { "", "", ["sector", "title"] },
    };

    [Theory]
    [InlineData("electro", 8, "bedraden")]
    [InlineData("construction", 10, "materiaalkennis")]
    public async Task NewChallengeStartsInDraftWithItsSectorsFrameworkInThreeLanguages(string sector, int competenceCount, string sectorCompetence)
    {
        var challenge = _grains.GetGrain<IChallengeGrain>(Guid.NewGuid());

        var created = await challenge.CreateAsync(new("Eindproject", sector));

        Assert.Equal(challenge.GetPrimaryKey(), created.Id);
        Assert.Equal(ChallengeStatus.Draft, created.Status);
        Assert.Equal(competenceCount, created.Competences.Length);
        Assert.Equal(competenceCount, created.Competences.Select(c => c.Id).Distinct().Count());
        Assert.Contains(created.Competences, c => c.Id == sectorCompetence);
        Assert.All(created.Competences, competence =>
        {
            AssertInThreeLanguages(competence.Name);
            AssertInThreeLanguages(competence.Description);
            Assert.Equal([1, 2, 3, 4], competence.Levels.Select(l => l.Level));
            Assert.Equal(["Verkent", "Past toe", "Zelfstandig", "Inspireert anderen"], competence.Levels.Select(l => l.Name.Nl));
            Assert.All(competence.Levels, level =>
            {
                AssertInThreeLanguages(level.Name);
                AssertInThreeLanguages(level.Descriptor);
            });
        });
        Assert.Equivalent(created, await challenge.GetAsync(), strict: true);
    }

    [Theory]
    [MemberData(nameof(InvalidChallenges))]
    public async Task InvalidTitleOrSectorIsRefusedWithFieldErrorsAndStoresNothing(string? title, string? sector, string[] fields)
    {
        var challenge = _grains.GetGrain<IChallengeGrain>(Guid.NewGuid());

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => challenge.CreateAsync(new(title, sector)));

        Assert.Equal(fields, refusal.Errors.Keys.Order());
        Assert.All(refusal.Errors.Values, messages => Assert.NotEmpty(messages));
        Assert.Null(await challenge.GetAsync());
        Assert.DoesNotContain(await _grains.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey).ListAsync(), c => c.Id == challenge.GetPrimaryKey());
    }

    [Fact]
    public async Task CreatingAgainWithTheSameDetailsReturnsTheSameChallenge()
    {
        var challenge = _grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        var first = await challenge.CreateAsync(new("Zonnewagen", "electro"));

        var again = await challenge.CreateAsync(new("  Zonnewagen ", "Electro"));

        Assert.Equivalent(first, again, strict: true);
        Assert.Single(await _grains.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey).ListAsync(), c => c.Id == first.Id);
    }

    [Theory]
    [InlineData("Zonneboot", "electro")]
    [InlineData("Zonnewagen", "construction")]
    public async Task CreatingAgainWithOtherDetailsIsAConflict(string title, string sector)
    {
        var challenge = _grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        var first = await challenge.CreateAsync(new("Zonnewagen", "electro"));

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => challenge.CreateAsync(new(title, sector)));

        Assert.Equivalent(first, await challenge.GetAsync(), strict: true);
    }

    [Fact]
    public async Task DirectoryListsChallengesByTitle()
    {
        var tag = Guid.NewGuid().ToString("N");
        var created = new List<ChallengeDetails>();
        foreach (var title in new[] { $"Zonnewagen {tag}", $"bouwwerf {tag}", $"Ätherwolk {tag}" })
        {
            created.Add(await _grains.ChallengeAsync(title: title));
        }

        var listed = await _grains.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey).ListAsync();

        Assert.Equal([$"Ätherwolk {tag}", $"bouwwerf {tag}", $"Zonnewagen {tag}"],
            listed.Where(c => created.Any(d => d.Id == c.Id)).Select(c => c.Title));
    }

    private static void AssertInThreeLanguages(LocalizedText? text)
    {
        Assert.NotNull(text);
        Assert.False(string.IsNullOrWhiteSpace(text.Nl));
        Assert.False(string.IsNullOrWhiteSpace(text.En));
        Assert.False(string.IsNullOrWhiteSpace(text.Fr));
    }
}
