using System.Collections.Immutable;

namespace ChallengeHub.Grains.Voice;

/// <summary>When pupils are asked: once after they join (<c>start</c>) and once when the challenge is closing (<c>end</c>).</summary>
[Alias("CheckInMoment")]
public enum CheckInMoment
{
    Start,
    End,
}

/// <summary>
/// The fixed questions of the check-in, each answered on a four-point scale from 1 (not at all) to 4 (completely). The
/// questions never change during a challenge, so answers from the start and the end compare.
/// </summary>
public static class CheckInQuestions
{
    /// <summary>The highest value of the scale; 3 and 4 count as agreeing.</summary>
    public const int ScaleMax = 4;

    public static readonly ImmutableArray<CheckInQuestion> All =
    [
        new("strengths", new("Ik weet waar ik goed in ben in deze richting", "I know what I am good at in this track", "Je sais ce que je fais bien dans cette option")),
        new("future", new("Ik zie mezelf later in deze sector werken", "I see myself working in this sector later", "Je me vois travailler plus tard dans ce secteur")),
        new("proud", new("Ik ben trots op wat we maakten", "I am proud of what we made", "Je suis fier·ère de ce que nous avons fait")),
        new("learn-more", new("Ik wil meer leren in deze richting", "I want to learn more in this track", "Je veux en apprendre plus dans cette option")),
    ];

    public static bool Exists(string id) => All.Any(q => q.Id == id);
}

/// <summary>One question of the check-in.</summary>
[GenerateSerializer, Immutable, Alias("CheckInQuestion")]
public sealed record CheckInQuestion(string Id, LocalizedText Text);

/// <summary>
/// Body of <c>POST …/check-in/{moment}</c>. Without <paramref name="Consent"/> nothing is counted, only that the pupil was
/// asked; <paramref name="Answers"/> maps a question id to 1-4, and a question left out (or <c>null</c>) is skipped.
/// </summary>
[GenerateSerializer, Immutable, Alias("CheckInRequest")]
public sealed record CheckInRequest(bool? Consent, ImmutableDictionary<string, int?>? Answers);

/// <summary>What a pupil's tablet needs: whether the check-in is on for the team and which moment is due now, if any.</summary>
[GenerateSerializer, Immutable, Alias("PupilCheckIn")]
public sealed record PupilCheckIn(bool On, CheckInMoment? Due, ImmutableArray<CheckInQuestion> Questions);

/// <summary>Whether the check-in is on for a team: the organiser's choice for the challenge and the coach's for the team.</summary>
[GenerateSerializer, Immutable, Alias("TeamCheckIn")]
public sealed record TeamCheckIn(bool ChallengeOn, bool TeamOn);

/// <summary>Body of the organiser's and the coach's switch.</summary>
[GenerateSerializer, Immutable, Alias("CheckInSwitch")]
public sealed record CheckInSwitch(bool? On);

/// <summary>The organiser's choice for a challenge; off until switched on.</summary>
[GenerateSerializer, Immutable, Alias("ChallengeCheckIn")]
public sealed record ChallengeCheckIn(bool On);
