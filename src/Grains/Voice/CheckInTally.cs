using System.Collections.Immutable;

namespace ChallengeHub.Grains.Voice;

/// <summary>
/// A team's answers at one moment as counts only: how many pupils answered at all, and per question how many chose each
/// value of the scale (index 0 is value 1). No answer can be traced to a pupil, a session or a time.
/// </summary>
[GenerateSerializer, Immutable, Alias("MomentTally")]
public sealed record MomentTally(int Answers, ImmutableDictionary<string, ImmutableArray<int>> Values)
{
    public static readonly MomentTally Empty = new(0, ImmutableDictionary<string, ImmutableArray<int>>.Empty);

    /// <summary>How many answered <paramref name="question"/>, and how many of them agreed (3 or 4 on the scale).</summary>
    public (int Answered, int Agreeing) Of(string question) =>
        Values.TryGetValue(question, out var counts) ? (counts.Sum(), counts[2] + counts[3]) : (0, 0);

    public MomentTally Add(IReadOnlyDictionary<string, int> answers) => new(
        Answers + 1,
        answers.Aggregate(Values, (values, answer) =>
        {
            var counts = values.TryGetValue(answer.Key, out var found) ? found : [.. new int[CheckInQuestions.ScaleMax]];
            return values.SetItem(answer.Key, counts.SetItem(answer.Value - 1, counts[answer.Value - 1] + 1));
        }));
}

/// <summary>A team's answers at the start and at the end.</summary>
[GenerateSerializer, Immutable, Alias("CheckInTally")]
public sealed record CheckInTally(MomentTally Start, MomentTally End)
{
    public static readonly CheckInTally Empty = new(MomentTally.Empty, MomentTally.Empty);

    public MomentTally At(CheckInMoment moment) => moment == CheckInMoment.Start ? Start : End;
}
