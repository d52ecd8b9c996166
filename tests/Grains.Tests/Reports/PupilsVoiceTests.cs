using System.Collections.Immutable;
using ChallengeHub.Grains.Voice;

namespace ChallengeHub.Grains.Tests.Reports;

/// <summary>The check-in's part of the impact report, computed from made-up tallies: shares, change, and what stays hidden.</summary>
public sealed class PupilsVoiceTests
{
    [Fact]
    public void WithoutTheCheckInAndWithoutAnswersTheReportHasNoPupilsVoice()
    {
        var facts = new ImpactFacts("Brugge").Teams(3, "Brugge");

        Assert.Null(facts.Season().PupilsVoice);
    }

    [Fact]
    public void ThePupilsVoiceShowsTheShareAgreeingAtStartAndEndAndTheChangeInPercentagePoints()
    {
        // Per team: 4 answers at the start, 1 of them agreeing on "strengths"; 4 at the end, 3 agreeing.
        var facts = new ImpactFacts("Brugge") { VoiceOn = true }.Teams(3, "Brugge", voice: Tally(start: [1, 2, 1, 0], end: [0, 1, 2, 1]));

        var voice = facts.Season().PupilsVoice!;
        var strengths = voice.Questions.Single(q => q.QuestionId == "strengths");

        Assert.Equal((12.0, 12.0), (voice.StartAnswers.Value, voice.EndAnswers.Value));
        Assert.Equal((25.0, 75.0, 50.0), (strengths.StartAgreeing.Value, strengths.EndAgreeing.Value, strengths.ChangePoints.Value));
        Assert.Equal("Ik weet waar ik goed in ben in deze richting", strengths.Text.Nl);
        Assert.All(voice.Questions.Where(q => q.QuestionId != "strengths"), q => Assert.True(q.StartAgreeing.Suppressed && q.ChangePoints.Suppressed));
    }

    [Theory]
    [InlineData(2, 6)]
    [InlineData(3, 3)]
    public void AMomentWithFewerThanTenAnswersOrFromFewerThanThreeTeamsReadsFewerThanTen(int teams, int answersPerTeam)
    {
        var each = new int[] { 0, 0, 0, answersPerTeam };
        var facts = new ImpactFacts("Brugge") { VoiceOn = true }.Teams(teams, "Brugge", voice: Tally(start: each, end: each));

        var voice = facts.Season().PupilsVoice!;

        Assert.True(voice.StartAnswers.Suppressed && voice.EndAnswers.Suppressed);
        Assert.Null(voice.StartAnswers.Value);
        Assert.All(voice.Questions, q => Assert.True(q.StartAgreeing.Suppressed && q.EndAgreeing.Suppressed && q.ChangePoints.Suppressed));
    }

    [Fact]
    public void AVenueShowsThePupilsVoiceOnlyWhenEverySeasonPathHasEnoughAnswersSoNoDifferenceRevealsASmallGroup()
    {
        var facts = new ImpactFacts("Brugge", "Gent") { VoiceOn = true }
            .Teams(3, "Brugge", voice: Tally(start: [0, 0, 2, 2], end: [0, 0, 2, 2]))
            .Teams(2, "Gent", voice: Tally(start: [4, 0, 0, 0], end: [4, 0, 0, 0]));

        Assert.False(facts.Season().PupilsVoice!.StartAnswers.Suppressed);
        Assert.True(facts.At("Brugge").PupilsVoice!.StartAnswers.Suppressed);
        Assert.True(facts.At("Gent").PupilsVoice!.StartAnswers.Suppressed);
        Assert.True(facts.Round(facts.Semis).PupilsVoice!.Questions[0].StartAgreeing.Suppressed);
    }

    [Fact]
    public void AQuestionMostPupilsSkippedStaysHiddenWhileTheMomentShows()
    {
        var skipped = new MomentTally(4, ImmutableDictionary<string, ImmutableArray<int>>.Empty.Add("strengths", [0, 0, 1, 0]));
        var facts = new ImpactFacts("Brugge") { VoiceOn = true }.Teams(3, "Brugge", voice: new CheckInTally(skipped, skipped));

        var voice = facts.Season().PupilsVoice!;

        Assert.Equal(12.0, voice.StartAnswers.Value);
        Assert.True(voice.Questions.Single(q => q.QuestionId == "strengths").StartAgreeing.Suppressed);
    }

    /// <summary>A team's tally where every pupil answered "strengths" only, with the counts per scale value given.</summary>
    private static CheckInTally Tally(int[] start, int[] end) => new(Moment(start), Moment(end));

    private static MomentTally Moment(int[] counts) =>
        new(counts.Sum(), ImmutableDictionary<string, ImmutableArray<int>>.Empty.Add("strengths", [.. counts]));
}
