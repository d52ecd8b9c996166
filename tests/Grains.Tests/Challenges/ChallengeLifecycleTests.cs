using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Seasons;

namespace ChallengeHub.Grains.Tests.Challenges;

public sealed class ChallengeLifecycleTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AChallengeGoesFromDraftToShowcaseOneStepAtATime()
    {
        var challenge = _grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        await challenge.CreateAsync(new("Zonnewagen", "electro"));

        var steps = new List<ChallengeStatus>();
        foreach (var to in new[] { ChallengeStatus.Open, ChallengeStatus.Running, ChallengeStatus.Showcase })
        {
            steps.Add((await challenge.AdvanceAsync(to)).Status);
        }

        Assert.Equal([ChallengeStatus.Open, ChallengeStatus.Running, ChallengeStatus.Showcase], steps);
        Assert.Equal(ChallengeStatus.Showcase, (await challenge.GetAsync())!.Status);
        var listed = (await _grains.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey).ListAsync()).Single(c => c.Id == challenge.GetPrimaryKey());
        Assert.Equal(ChallengeStatus.Showcase, listed.Status);
    }

    [Theory]
    [InlineData(ChallengeStatus.Running)]
    [InlineData(ChallengeStatus.Showcase)]
    [InlineData(ChallengeStatus.Closed)]
    public async Task SkippingAStepIsRefusedAndChangesNothing(ChallengeStatus to)
    {
        var challenge = _grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        await challenge.CreateAsync(new("Zonnewagen", "electro"));

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => challenge.AdvanceAsync(to));

        Assert.Equal(ChallengeStatus.Draft, (await challenge.GetAsync())!.Status);
    }

    [Fact]
    public async Task GoingBackIsRefused()
    {
        var challenge = await _grains.ChallengeAsync();

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.GetGrain<IChallengeGrain>(challenge.Id).AdvanceAsync(ChallengeStatus.Open));
    }

    [Fact]
    public async Task TeamsRegisterOnlyOnceTheChallengeIsOpen()
    {
        var challenge = _grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        await challenge.CreateAsync(new("Zonnewagen", "electro"));

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => challenge.RegisterTeamAsync(new("De Vonk", "VTI Brugge"), null));
        Assert.Empty(await challenge.GetTeamsAsync());

        await challenge.AdvanceAsync(ChallengeStatus.Open);
        Assert.Equal("De Vonk", (await challenge.RegisterTeamAsync(new("De Vonk", "VTI Brugge"), null)).Name);
    }

    [Fact]
    public async Task MilestonesWaitUntilTheChallengeRunsAndStopAtTheShowcase()
    {
        var challenge = _grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        await challenge.CreateAsync(new("Zonnewagen", "electro"));
        await challenge.AdvanceAsync(ChallengeStatus.Open);
        var team = await challenge.RegisterTeamAsync(new("De Vonk", "VTI Brugge"), null);

        var early = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.MilestoneAsync(team));
        await challenge.AdvanceAsync(ChallengeStatus.Running);
        var milestone = await _grains.MilestoneAsync(team);
        await challenge.AdvanceAsync(ChallengeStatus.Showcase);
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.MilestoneAsync(team, "Na de showcase"));
        var badge = await _grains.BadgeAsync(team, milestoneIds: [milestone.Id]);

        Assert.Contains("running", early.Detail, StringComparison.Ordinal);
        Assert.Equal(milestone.Id, Assert.Single((await _grains.WallAsync(challenge.GetPrimaryKey())).Teams).RecentMilestones.Single().Id);
        Assert.Equal(badge.Id, Assert.Single(await _grains.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challenge.GetPrimaryKey())).Id);
    }

    [Fact]
    public async Task ClosingListsTheTeamsWithoutABadgeByNameAndNeedsAnOverride()
    {
        var challenge = await _grains.ChallengeAsync();
        var grain = _grains.GetGrain<IChallengeGrain>(challenge.Id);
        var zonnewagen = await _grains.TeamAsync(challenge.Id, "Zonnewagen");
        await _grains.TeamAsync(challenge.Id, "de Vonk");
        await _grains.TeamAsync(challenge.Id, "Ährends");
        await _grains.BadgeAsync(zonnewagen);
        await grain.AdvanceAsync(ChallengeStatus.Showcase);

        var check = await grain.GetClosingCheckAsync();
        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => grain.CloseAsync(new(null, null)));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => grain.CloseAsync(new(true, " ")));

        Assert.Equal(["Ährends", "de Vonk"], check.TeamsWithoutBadge.Select(t => t.Name));
        Assert.Contains("Ährends, de Vonk", refusal.Detail, StringComparison.Ordinal);
        Assert.Equal(ChallengeStatus.Showcase, (await grain.GetAsync())!.Status);

        var closed = await grain.CloseAsync(new(true, "De jury bezocht hen op de showcase; badges volgen per post."));

        Assert.Equal(ChallengeStatus.Closed, closed.Status);
        Assert.True(closed.Closing!.Override);
        Assert.Equal("De jury bezocht hen op de showcase; badges volgen per post.", closed.Closing.Reason);
        Assert.Equal(["Ährends", "de Vonk"], closed.Closing.TeamsWithoutBadge.Select(t => t.Name));
        Assert.Equivalent(closed.Closing, (await grain.GetClosingCheckAsync()).Decision, strict: true);
    }

    [Fact]
    public async Task AChallengeWhereEveryTeamHasABadgeClosesWithoutOverride()
    {
        var challenge = await _grains.ChallengeAsync();
        var grain = _grains.GetGrain<IChallengeGrain>(challenge.Id);
        await _grains.BadgeAsync(await _grains.TeamAsync(challenge.Id, "De Vonk"));
        await grain.AdvanceAsync(ChallengeStatus.Showcase);

        var closed = await grain.CloseAsync(new(null, null));

        Assert.Equal(ChallengeStatus.Closed, closed.Status);
        Assert.False(closed.Closing!.Override);
        Assert.Empty(closed.Closing.TeamsWithoutBadge);
    }

    [Fact]
    public async Task InASeasonClosingAlsoWaitsForEveryTeamsPublishedRecognitionAndRecordsTheOverride()
    {
        var challenge = await _grains.ChallengeAsync();
        var grain = _grains.GetGrain<IChallengeGrain>(challenge.Id);
        var vonk = await _grains.TeamAsync(challenge.Id, "De Vonk");
        var ampere = await _grains.TeamAsync(challenge.Id, "Ampère");
        await _grains.BadgeAsync(vonk);
        await _grains.BadgeAsync(ampere);
        var season = _grains.GetGrain<ISeasonGrain>(challenge.Id);
        var round = (await season.AddRoundAsync(new("Halve finales"))).Rounds[0];
        var venue = (await season.AddVenueAsync(round.Id, new("Provinciehuis Gent", new DateOnly(2027, 4, 23), "Gent"))).Rounds[0].Venues[0];
        await season.AssignTeamsAsync(venue.Id, new([vonk.Id, ampere.Id]));
        var board = _grains.GetGrain<IDeliberationBoardGrain>(venue.Id);
        var juror = new Juror(Guid.NewGuid(), "Jurylid Janssens");
        await board.RecogniseAsync(challenge.Id, new(vonk.Id, "samenwerking", "Iedereen had een rol"), juror);
        await grain.AdvanceAsync(ChallengeStatus.Showcase);

        var beforePublishing = await grain.GetClosingCheckAsync();
        await board.PublishAsync(challenge.Id, new(true, "Ampère kon er vandaag niet bij zijn"), "Organisator");
        var check = await grain.GetClosingCheckAsync();
        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => grain.CloseAsync(new(null, null)));

        Assert.Equal(["Ampère", "De Vonk"], beforePublishing.TeamsWithoutRecognition!.Value.Select(t => t.Name));
        Assert.Empty(check.TeamsWithoutBadge);
        Assert.Equal(["Ampère"], check.TeamsWithoutRecognition!.Value.Select(t => t.Name));
        Assert.Equal("teams-without-recognition", refusal.Code);
        Assert.Equal(ChallengeStatus.Showcase, (await grain.GetAsync())!.Status);

        var closed = await grain.CloseAsync(new(true, "Ampère krijgt zijn erkenning op de finale."));

        Assert.True(closed.Closing!.Override);
        Assert.Equal(["Ampère"], closed.Closing.TeamsWithoutRecognition!.Value.Select(t => t.Name));
        Assert.Equivalent(closed.Closing, (await grain.GetClosingCheckAsync()).Decision, strict: true);
    }

    [Fact]
    public async Task ARunningChallengeCannotCloseBeforeItsShowcase()
    {
        var challenge = await _grains.ChallengeAsync();

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.GetGrain<IChallengeGrain>(challenge.Id).CloseAsync(new(true, "Te vroeg")));

        Assert.Equal(ChallengeStatus.Running, (await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetAsync())!.Status);
    }
}
