using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Reports;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests;

/// <summary>ChallengeHub shows what each team can do, never who is ahead: no contract may carry a ranking.</summary>
public sealed class NonRankingContractTests
{
    private static readonly Type[] Contracts =
    [
        .. typeof(ChallengeDetails).Assembly.GetExportedTypes()
            .Where(t => t.Namespace?.StartsWith("ChallengeHub.Grains", StringComparison.Ordinal) == true)
            .Where(t => !typeof(Grain).IsAssignableFrom(t)),
    ];

    [Fact]
    public void ContractsCheckedIncludeEverythingAWallOrApiShows()
    {
        Type[] shown =
        [
            typeof(WallSnapshot), typeof(WallTeam), typeof(WallDelta), typeof(WallMilestone), typeof(CompetenceLevel),
            typeof(Milestone), typeof(Badge), typeof(TeamDetails), typeof(ChallengeDetails), typeof(ChallengeSummary),
            typeof(IWallGrain), typeof(IChallengeGrain), typeof(WallDeltaKind), typeof(DomainException),
            typeof(SeasonDetails), typeof(SeasonRound), typeof(SeasonVenue), typeof(RoundInvitation), typeof(TeamSeason), typeof(TeamRound),
            typeof(LevelFirstShown), typeof(ISeasonGrain), typeof(DeliberationBoard), typeof(BoardTeam), typeof(Nomination), typeof(Recognition),
            typeof(RecognitionPublication), typeof(IDeliberationBoardGrain), typeof(Ceremony), typeof(CeremonyTeam),
            typeof(ImpactReport), typeof(ImpactFigure), typeof(ImpactReach), typeof(CompetenceDistribution), typeof(LevelFigure), typeof(TeamShare),
            typeof(DayFigure), typeof(OfferFigures), typeof(IImpactReportGrain),
            typeof(CeremonyRecognition), typeof(SeasonChange), typeof(SeasonChangeKind), typeof(VenueOverview), typeof(VenueOverviewTeam),
        ];

        Assert.All(shown, type => Assert.Contains(type, Contracts));
    }

    [Fact]
    public void NoContractHasARankingMember()
    {
        Assert.Empty(Contracts.SelectMany(RankingWords.FindIn));
    }

    [Fact]
    public void CheckFlagsEveryRankingMemberOfAType()
    {
        Assert.Equal(["LeagueRow.Rank", "LeagueRow.IsWinner", "LeagueRow.TopScore", "LeagueRow.PlaceInTop3"], RankingWords.FindIn(typeof(LeagueRow)));
    }

    [Fact]
    public void CheckIgnoresWordsThatOnlyContainARankingWord()
    {
        Assert.Empty(RankingWords.FindIn(typeof(Logbook)));
    }

    private sealed record LeagueRow(Guid TeamId, int Rank, bool IsWinner, int TopScore, int PlaceInTop3);

    private sealed record Logbook(string Story, string Topic, string Desktop, string Stopwatch, string Replacement, string Scope, string Franking);
}
