using System.Text;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Walls;

public sealed class WallGrainTests(ClusterFixture fixture)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task SnapshotListsTeamsByNameWithEveryCompetenceAtLevelZero()
    {
        var challenge = await _grains.ChallengeAsync(sector: "construction", title: "Tuinhuis");
        foreach (var name in new[] { "Zonnepanelen", "de Vonk", "Ährends", "bouwers" })
        {
            await _grains.TeamAsync(challenge.Id, name, $"School van {name}");
        }

        var wall = await _grains.WallAsync(challenge.Id);

        Assert.Equal((challenge.Id, "Tuinhuis", 0, 0), (wall.ChallengeId, wall.Title, wall.MilestonesLogged, wall.BadgesAwarded));
        Assert.Equal(["Ährends", "bouwers", "de Vonk", "Zonnepanelen"], wall.Teams.Select(t => t.Name));
        Assert.All(wall.Teams, team =>
        {
            Assert.Equal($"School van {team.Name}", team.School);
            Assert.Equal(challenge.Competences.Select(c => c.Id), team.Competences.Select(c => c.CompetenceId));
            Assert.All(team.Competences, c => Assert.Equal(0, c.Level));
            Assert.Empty(team.RecentMilestones);
        });
    }

    [Fact]
    public async Task MilestoneAndBadgesShowOnTheirTeamsCard()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id, "De Vonk");
        var bystander = await _grains.TeamAsync(challenge.Id, "Bouwers");
        var milestone = await _grains.MilestoneAsync(team, "Motor draait", "Op het zonnepaneel.", ["meten-testen", "bedraden"]);
        await _grains.BadgeAsync(team, "meten-testen", 2, [milestone.Id]);
        await _grains.BadgeAsync(team, "bedraden", 1);

        var wall = await _grains.WallAsync(challenge.Id);

        Assert.Equal((1, 2), (wall.MilestonesLogged, wall.BadgesAwarded));
        var card = Assert.Single(wall.Teams, t => t.Id == team.Id);
        var shown = Assert.Single(card.RecentMilestones);
        Assert.Equal((milestone.Id, "Motor draait", "Op het zonnepaneel.", milestone.LoggedAt), (shown.Id, shown.Title, shown.Story, shown.LoggedAt));
        Assert.Equal(["meten-testen", "bedraden"], shown.CompetenceIds);
        Assert.Equal(2, LevelOf(card, "meten-testen"));
        Assert.Equal(1, LevelOf(card, "bedraden"));
        Assert.Equal(0, LevelOf(card, "presenteren"));
        var untouched = Assert.Single(wall.Teams, t => t.Id == bystander.Id);
        Assert.All(untouched.Competences, c => Assert.Equal(0, c.Level));
        Assert.Empty(untouched.RecentMilestones);
    }

    [Fact]
    public async Task LevelShownIsTheHighestAwarded()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.BadgeAsync(team, "presenteren", 3);
        await _grains.BadgeAsync(team, "presenteren", 2);

        var afterLowerAward = await _grains.WallAsync(challenge.Id);
        await _grains.BadgeAsync(team, "presenteren", 4);
        var afterHigherAward = await _grains.WallAsync(challenge.Id);

        Assert.Equal(3, LevelOf(afterLowerAward.Teams.Single(), "presenteren"));
        Assert.Equal(4, LevelOf(afterHigherAward.Teams.Single(), "presenteren"));
        Assert.Equal(3, afterHigherAward.BadgesAwarded);
    }

    [Fact]
    public async Task CardShowsTheThreeNewestMilestonesNewestFirst()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        foreach (var step in Enumerable.Range(1, 5))
        {
            await _grains.MilestoneAsync(team, $"Stap {step}");
        }

        var wall = await _grains.WallAsync(challenge.Id);

        Assert.Equal(["Stap 5", "Stap 4", "Stap 3"], wall.Teams.Single().RecentMilestones.Select(m => m.Title));
        Assert.Equal(5, wall.MilestonesLogged);
    }

    [Fact]
    public async Task StoryIsCutTo280CharactersOnTheWall()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var fitting = string.Concat(Enumerable.Repeat("Zaag. ", 50))[..WallGrain.StoryLineLength];
        var longStory = string.Concat(Enumerable.Range(0, 300).Select(i => $"{i} "))[..MilestoneLogGrain.MaxStoryLength];
        await _grains.MilestoneAsync(team, "Past net", fitting);
        await _grains.MilestoneAsync(team, "Te lang", longStory);

        var recent = (await _grains.WallAsync(challenge.Id)).Teams.Single().RecentMilestones;

        Assert.Equal(280, WallGrain.StoryLineLength);
        Assert.Equal(longStory[..279] + "…", recent[0].Story);
        Assert.Equal(fitting, recent[1].Story);
    }

    /// <summary>
    /// Fails today: the wall cuts a story after 279 UTF-16 code units, which splits an emoji (a surrogate pair) in two;
    /// the lone half reaches every client as U+FFFD.
    /// </summary>
    [Fact]
    public async Task StoryCutNeverSplitsACharacterInTwo()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var story = string.Concat(Enumerable.Repeat("🔧", 150));
        await _grains.MilestoneAsync(team, "Gereedschap", story);

        var shown = (await _grains.WallAsync(challenge.Id)).Teams.Single().RecentMilestones.Single().Story!;

        Assert.DoesNotContain("\uFFFD", shown, StringComparison.Ordinal);
        Assert.Null(Record.Exception(() => StrictUtf8.GetByteCount(shown)));
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.StartsWith(shown[..^1], story, StringComparison.Ordinal);
        Assert.InRange(shown.Length, 2, WallGrain.StoryLineLength);
    }

    [Fact]
    public async Task ATeamWhoseRegistrationNeverReachedTheWallAppearsWithItsFirstMilestone()
    {
        var challenge = await _grains.ChallengeAsync();
        var before = await _grains.WallAsync(challenge.Id);
        var team = new TeamDetails(Guid.NewGuid(), challenge.Id, "Team Spanningsveld", "PTI Kortrijk", "ABC234");
        await _grains.GetGrain<ITeamGrain>(team.Id).InitializeAsync(team);

        var milestone = await _grains.MilestoneAsync(team, "Voeding aangesloten");

        var wall = await _grains.WallAsync(challenge.Id);
        var card = Assert.Single(wall.Teams);
        Assert.Equal((team.Id, milestone.Id), (card.Id, card.RecentMilestones.Single().Id));
        Assert.Equal(before.Sequence + 2, wall.Sequence);
    }

    [Fact]
    public async Task UnknownChallengeHasNoWall()
    {
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => _grains.WallAsync(Guid.NewGuid()));
    }

    private static int LevelOf(WallTeam card, string competenceId) => card.Competences.Single(c => c.CompetenceId == competenceId).Level;
}
