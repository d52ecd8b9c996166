using ChallengeHub.Grains.Reports;

namespace ChallengeHub.Grains.Tests.Reports;

/// <summary>
/// No figure of the impact report lets anyone learn about a group under 10 pupils or 3 teams: not directly, not by subtracting
/// a venue from the season, and not by subtracting shown parts from a shown sum.
/// </summary>
public sealed class SuppressionTests
{
    [Fact]
    public void FiguresOnEnoughPupilsAndTeamsAreShownInEveryScopeAndAddUp()
    {
        var facts = new ImpactFacts("Gent", "Hasselt").Teams(4, "Gent", pupils: 3).Teams(3, "Hasselt", pupils: 4);

        Assert.Equal(ImpactFigure.Of(7), facts.Season().Reach.Teams);
        Assert.Equal(ImpactFigure.Of(24), facts.Season().Reach.Pupils);
        Assert.Equal((ImpactFigure.Of(4), ImpactFigure.Of(12)), (facts.At("Gent").Reach.Teams, facts.At("Gent").Reach.Pupils));
        Assert.Equal((ImpactFigure.Of(3), ImpactFigure.Of(12)), (facts.At("Hasselt").Reach.Teams, facts.At("Hasselt").Reach.Pupils));
    }

    [Fact]
    public void FewerThanThreeTeamsOrTenPupilsIsShownAsSuppressedNotAsANumber()
    {
        var fewTeams = new ImpactFacts("Gent").Teams(2, "Gent", pupils: 8);
        var fewPupils = new ImpactFacts("Gent").Teams(3, "Gent", pupils: 3);

        Assert.Equal(ImpactFigure.Hidden, fewTeams.Season().Reach.Teams);
        Assert.Equal(ImpactFigure.Hidden, fewTeams.Season().Reach.Pupils);
        Assert.Equal(ImpactFigure.Hidden, fewPupils.Season().Reach.Pupils);
        Assert.Equal(ImpactFigure.Hidden, fewPupils.Season().Reach.Schools);
        Assert.Null(fewPupils.Season().Reach.Teams.Value);
    }

    [Fact]
    public void ASmallVenueCannotBeFoundBySubtractingTheOtherVenueFromTheSeason()
    {
        var facts = new ImpactFacts("Gent", "Hasselt").Teams(5, "Gent").Teams(2, "Hasselt");

        Assert.Equal(ImpactFigure.Of(7), facts.Season().Reach.Teams);
        Assert.Equal(ImpactFigure.Hidden, facts.At("Hasselt").Reach.Teams);

        // Gent alone would pass, but season minus Gent is Hasselt: so Gent is hidden too.
        Assert.Equal(ImpactFigure.Hidden, facts.At("Gent").Reach.Teams);
        Assert.Equal(ImpactFigure.Hidden, facts.At("Gent").Reach.Pupils);
        Assert.Equal(ImpactFigure.Hidden, facts.Round(facts.Semis).Reach.Teams);
    }

    [Fact]
    public void TeamsWithoutAVenueCannotBeFoundBySubtractingTheRoundFromTheSeason()
    {
        var facts = new ImpactFacts("Gent").Teams(6, "Gent").Teams(1, venue: null);

        Assert.Equal(ImpactFigure.Of(7), facts.Season().Reach.Teams);
        Assert.Equal(ImpactFigure.Hidden, facts.Round(facts.Semis).Reach.Teams);
        Assert.Equal(ImpactFigure.Hidden, facts.At("Gent").Reach.Teams);
    }

    [Fact]
    public void AThirdVenueCannotBeFoundFromTheRoundMinusTwoShownVenues()
    {
        var facts = new ImpactFacts("Gent", "Hasselt", "Kortrijk").Teams(4, "Gent").Teams(4, "Hasselt").Teams(2, "Kortrijk");

        Assert.Equal(ImpactFigure.Hidden, facts.Round(facts.Semis).Reach.Teams);
        Assert.Equal(ImpactFigure.Hidden, facts.At("Gent").Reach.Teams);
        Assert.Equal(ImpactFigure.Hidden, facts.At("Hasselt").Reach.Teams);
        Assert.Equal(ImpactFigure.Of(10), facts.Season().Reach.Teams);
    }

    [Fact]
    public void TeamsNotInvitedToTheFinalCannotBeFoundBySubtractingTheFinalFromTheSemiFinals()
    {
        var facts = new ImpactFacts("Gent").Teams(5, "Gent", final: true).Teams(2, "Gent");

        Assert.Equal(ImpactFigure.Hidden, facts.Round(facts.Final).Reach.Teams);
        Assert.Equal(ImpactFigure.Hidden, facts.Round(facts.Semis).Reach.Teams);
        Assert.Equal(ImpactFigure.Of(7), facts.Season().Reach.Teams);
    }

    [Fact]
    public void ALevelReachedByOneTeamIsHiddenWithAnotherSoTheTeamCountDoesNotGiveItAway()
    {
        var facts = new ImpactFacts("Gent").Teams(5, "Gent", level: 2).Teams(4, "Gent", level: 3).Teams(1, "Gent", level: 4);

        var measuring = facts.Season().Competences.Single();
        var shown = measuring.Levels.Select(l => l.Teams).Append(measuring.NotYet).Where(f => !f.Suppressed).Sum(f => f.Value!.Value);
        var hidden = measuring.Levels.Where(l => l.Teams.Suppressed).Select(l => l.Level).ToList();

        Assert.Equal([3, 4], hidden);
        Assert.True(facts.Season().Reach.Teams.Value - shown >= 3, "the hidden levels together hold at least three teams");
        Assert.Equal(ImpactFigure.Of(5), measuring.Levels.Single(l => l.Level == 2).Teams);
        Assert.Equal(ImpactFigure.Of(0), measuring.Levels.Single(l => l.Level == 1).Teams);
    }

    [Fact]
    public void AShareThatWouldSingleOutATeamWithoutABadgeIsHiddenAndEveryTeamWithABadgeIsShown()
    {
        var almost = new ImpactFacts("Gent").Teams(9, "Gent", badge: true).Teams(1, "Gent");
        var everyone = new ImpactFacts("Gent").Teams(10, "Gent", badge: true);

        Assert.Equal(new TeamShare(ImpactFigure.Hidden, ImpactFigure.Hidden), almost.Season().WithBadge);
        Assert.Equal(new TeamShare(ImpactFigure.Of(10), ImpactFigure.Of(0)), everyone.Season().WithBadge);
    }

    [Fact]
    public void OffersAnsweredAreHiddenWhenMadeMinusAnsweredWouldSingleOutOneOpenOffer()
    {
        var facts = new ImpactFacts("Gent")
            .Teams(3, "Gent", offers: [OfferStand.Accepted])
            .Teams(3, "Gent", offers: [OfferStand.Declined])
            .Teams(1, "Gent", offers: [OfferStand.Open]);

        var visits = facts.Season().Offers.Single(o => o.Kind == Offers.OfferKind.Visit);

        Assert.Equal(ImpactFigure.Of(7), visits.Made);
        Assert.Equal(ImpactFigure.Hidden, visits.Answered);
    }
}
