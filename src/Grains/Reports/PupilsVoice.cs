using System.Collections.Immutable;
using ChallengeHub.Grains.Voice;

namespace ChallengeHub.Grains.Reports;

/// <summary>
/// What pupils said in the check-in, as the change between start and end: per question the share that agreed (3 or 4 on the
/// scale) at each moment, in percent, and the change in percentage points; and how many answered at each moment.
/// </summary>
[GenerateSerializer, Immutable, Alias("PupilsVoice")]
public sealed record PupilsVoice(ImpactFigure StartAnswers, ImpactFigure EndAnswers, ImmutableArray<VoiceQuestionFigures> Questions);

/// <summary>One question: percent agreeing at the start and at the end, and the change in percentage points.</summary>
[GenerateSerializer, Immutable, Alias("VoiceQuestionFigures")]
public sealed record VoiceQuestionFigures(string QuestionId, LocalizedText Text, ImpactFigure StartAgreeing, ImpactFigure EndAgreeing, ImpactFigure ChangePoints);

/// <summary>
/// Builds <see cref="PupilsVoice"/> from the teams' tallies. A team's answers at a moment are its cell: a moment's (and a
/// question's) figures show only when at least 10 answers from at least 3 teams carry them, and in a round or venue only when
/// that holds, or there are none, on every season path (see docs/impact-report.md).
/// </summary>
public static class VoiceCalculator
{
    public static PupilsVoice? Compute(bool on, IReadOnlyList<TeamFacts> teams, IReadOnlyList<IReadOnlyList<TeamFacts>> paths, bool season)
    {
        if (!on && teams.All(t => t.Voice is null))
        {
            return null;
        }

        bool Shows(Func<MomentTally, int> weight, CheckInMoment moment) =>
            Suppression.MayShowAnswers([.. teams.Select(t => weight(TallyOf(t, moment)))])
            && (season || paths.All(path => Suppression.MayShowAnswers([.. path.Select(t => weight(TallyOf(t, moment)))])));

        ImpactFigure Answers(CheckInMoment moment) => Shows(m => m.Answers, moment)
            ? ImpactFigure.Of(teams.Sum(t => TallyOf(t, moment).Answers))
            : ImpactFigure.Hidden;

        ImpactFigure Agreeing(string question, CheckInMoment moment)
        {
            var answered = teams.Sum(t => TallyOf(t, moment).Of(question).Answered);
            return answered > 0 && Shows(m => m.Answers, moment) && Shows(m => m.Of(question).Answered, moment)
                ? ImpactFigure.Of(Math.Round(100.0 * teams.Sum(t => TallyOf(t, moment).Of(question).Agreeing) / answered))
                : ImpactFigure.Hidden;
        }

        return new PupilsVoice(Answers(CheckInMoment.Start), Answers(CheckInMoment.End), [.. CheckInQuestions.All.Select(q =>
        {
            var (start, end) = (Agreeing(q.Id, CheckInMoment.Start), Agreeing(q.Id, CheckInMoment.End));
            var change = start.Value is { } before && end.Value is { } after ? ImpactFigure.Of(after - before) : ImpactFigure.Hidden;
            return new VoiceQuestionFigures(q.Id, q.Text, start, end, change);
        })]);
    }

    private static MomentTally TallyOf(TeamFacts team, CheckInMoment moment) => team.Voice?.At(moment) ?? MomentTally.Empty;
}
