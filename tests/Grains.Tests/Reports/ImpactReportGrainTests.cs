using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Reports;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Reports;

public sealed class ImpactReportGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task TheReportCountsPupilsTeamsLevelsFeedbackAndOffersAcrossTheSeason()
    {
        var (challenge, venue, teams) = await SeasonAsync(coach: null);
        var offers = _grains.GetGrain<IOffersGrain>(challenge.Id);
        foreach (var team in teams.Take(3))
        {
            var offer = await offers.MakeAsync(team.Id, new(OfferKind.Visit, "Kom eens kijken in ons atelier."), new(Guid.NewGuid(), "Elektro Peeters"));
            await offers.AnswerAsync(team.Id, offer.Id, new(true, "Graag."), "Coach Peeters");
        }

        var report = await _grains.GetGrain<IImpactReportGrain>(challenge.Id).GetAsync(ImpactScope.Season);

        Assert.Equal(new ImpactReach(ImpactFigure.Of(16), ImpactFigure.Of(4), ImpactFigure.Of(2), 1), report.Reach);
        var measuring = report.Competences.Single(c => c.CompetenceId == "meten-testen");
        Assert.Equal([0, 4, 0, 0], measuring.Levels.Select(l => l.Teams.Value));
        Assert.Equal(ImpactFigure.Of(0), measuring.NotYet);
        Assert.Equal(new TeamShare(ImpactFigure.Of(4), ImpactFigure.Of(0)), report.WithBadge);
        Assert.Equal(new TeamShare(ImpactFigure.Of(4), ImpactFigure.Of(0)), report.WithFeedback);
        Assert.Equal(new TeamShare(ImpactFigure.Of(0), ImpactFigure.Of(4)), report.WithRecognition);
        Assert.Equal([new DayFigure(BrusselsDay.Of(DateTimeOffset.UtcNow), ImpactFigure.Of(4))], report.Timeline);
        Assert.False(report.MedianHoursToResponse.Suppressed);
        Assert.Equal(new OfferFigures(OfferKind.Visit, ImpactFigure.Of(3), ImpactFigure.Of(3), ImpactFigure.Of(3)), report.Offers.Single(o => o.Kind == OfferKind.Visit));
        Assert.Equal(report.Reach, (await _grains.GetGrain<IImpactReportGrain>(challenge.Id).GetAsync(new(VenueId: venue.Id))).Reach);
    }

    [Fact]
    public async Task ACoachSeesTheSameReportForTheTeamsOfTheirOwnSchoolOnly()
    {
        var coach = Guid.NewGuid();
        var (challenge, _, _) = await SeasonAsync(coach);

        var own = await _grains.GetGrain<IImpactReportGrain>(challenge.Id).GetForCoachAsync(ImpactScope.Season, coach);

        Assert.True(own.OwnSchool);
        Assert.Equal(ImpactFigure.Hidden, own.Reach.Teams);
        Assert.Equal(ImpactFigure.Hidden, own.Reach.Pupils);
    }

    [Fact]
    public async Task AVenueOfAnotherSeasonIsNotFound()
    {
        var (challenge, _, _) = await SeasonAsync(coach: null);

        var refused = await Refusal.ExpectAsync(DomainErrorKind.NotFound,
            () => _grains.GetGrain<IImpactReportGrain>(challenge.Id).GetAsync(new(VenueId: Guid.NewGuid())));

        Assert.Equal("venue-not-found", refused.Code);
    }

    /// <summary>Four teams of four pupils at one venue, two of them of the coach's school, each with a badge on a milestone with feedback.</summary>
    private async Task<(ChallengeDetails, SeasonVenue, List<TeamDetails>)> SeasonAsync(Guid? coach)
    {
        var challenge = await _grains.ChallengeAsync();
        var challengeGrain = _grains.GetGrain<IChallengeGrain>(challenge.Id);
        var teams = new List<TeamDetails>();
        foreach (var (name, school) in new[] { ("Ampère", "VTI Brugge"), ("De Vonk", "VTI Brugge"), ("Volt", "GO! Atheneum Gent"), ("Zonnekracht", "GO! Atheneum Gent") })
        {
            var team = await challengeGrain.RegisterTeamAsync(new(name, school), school == "VTI Brugge" ? coach : null);
            foreach (var pupil in new[] { "Lotte", "Yassin", "Noor", "Emre" })
            {
                await _grains.PupilAsync(team, pupil);
            }

            var milestone = await _grains.MilestoneAsync(team);
            await _grains.GetGrain<ICompetenceProfileGrain>(team.Id).AwardAsync(challenge.Id,
                new("meten-testen", 2, null, [milestone.Id], "Jullie meten systematisch.", "Probeer ook de stroom te meten."), null);
            teams.Add(team);
        }

        var season = _grains.GetGrain<ISeasonGrain>(challenge.Id);
        var round = (await season.AddRoundAsync(new("Halve finales"))).Rounds.Single();
        var venue = (await season.AddVenueAsync(round.Id, new("Provinciehuis Gent", new DateOnly(2027, 4, 23), "Woodrow Wilsonplein 2"))).Rounds[0].Venues[0];
        await season.AssignTeamsAsync(venue.Id, new([.. teams.Select(t => t.Id)]));
        return (challenge, venue, teams);
    }
}
