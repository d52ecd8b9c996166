using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Offers;

namespace ChallengeHub.Grains.Reports;

/// <summary>
/// One figure of the impact report. When the group it is built on is too small to show (fewer than 10 pupils or fewer than
/// 3 teams, directly or through a difference with another figure) it has no <paramref name="Value"/> and
/// <paramref name="Suppressed"/> is <c>true</c>: screens say "fewer than 10", never a number.
/// </summary>
[GenerateSerializer, Immutable, Alias("ImpactFigure")]
public sealed record ImpactFigure(double? Value, bool Suppressed)
{
    public static readonly ImpactFigure Hidden = new(null, true);

    public static ImpactFigure Of(double value) => new(value, false);
}

/// <summary>What the report covers: the whole season, one round, or one venue; and whether it is one school's own report.</summary>
[GenerateSerializer, Immutable, Alias("ImpactScope")]
public sealed record ImpactScope(Guid? RoundId = null, Guid? VenueId = null)
{
    public static readonly ImpactScope Season = new();

    public bool IsSeason => RoundId is null && VenueId is null;
}

/// <summary>
/// What a challenge achieved, as counts across teams: who took part, which competences teams showed at which level, whether
/// feedback reached every team, what employers offered, and, when the challenge has the check-in on, how pupils see themselves at the start and
/// the end (<paramref name="PupilsVoice"/>). No figure names or belongs to one team or school, and nothing in
/// it orders teams. <paramref name="OwnSchool"/> marks a coach's report about their own school's teams.
/// <paramref name="ChallengeTitle"/> names the challenge for the report's header: every reader of the report may know it,
/// also a sector fund's reader of a challenge still in draft, who cannot read the challenge itself.
/// </summary>
[GenerateSerializer, Immutable, Alias("ImpactReport")]
public sealed record ImpactReport(
    Guid ChallengeId,
    Sector Sector,
    ImpactScope Scope,
    string? ScopeName,
    bool OwnSchool,
    DateTimeOffset ComputedAt,
    ImpactReach Reach,
    ImmutableArray<CompetenceDistribution> Competences,
    TeamShare WithBadge,
    TeamShare WithRecognition,
    ImmutableArray<DayFigure> Timeline,
    TeamShare WithFeedback,
    ImpactFigure MedianHoursToResponse,
    ImmutableArray<OfferFigures> Offers,
    string ChallengeTitle,
    PupilsVoice? PupilsVoice = null);

/// <summary>Distinct pupils who joined, teams, schools and venues in the scope.</summary>
[GenerateSerializer, Immutable, Alias("ImpactReach")]
public sealed record ImpactReach(ImpactFigure Pupils, ImpactFigure Teams, ImpactFigure Schools, int Venues);

/// <summary>How many teams showed a competence at each rubric level (their highest not revoked), and how many have not shown it yet.</summary>
[GenerateSerializer, Immutable, Alias("CompetenceDistribution")]
public sealed record CompetenceDistribution(string CompetenceId, LocalizedText Name, ImpactFigure NotYet, ImmutableArray<LevelFigure> Levels);

/// <summary>The number of teams whose highest level of a competence is <paramref name="Level"/>.</summary>
[GenerateSerializer, Immutable, Alias("LevelFigure")]
public sealed record LevelFigure(int Level, LocalizedText Name, ImpactFigure Teams);

/// <summary>Teams with and without something (a badge, a recognition, feedback); the goal is every team.</summary>
[GenerateSerializer, Immutable, Alias("TeamShare")]
public sealed record TeamShare(ImpactFigure With, ImpactFigure Without);

/// <summary>How many competences teams showed for the first time on a day (Brussels time).</summary>
[GenerateSerializer, Immutable, Alias("DayFigure")]
public sealed record DayFigure(DateOnly Day, ImpactFigure Competences);

/// <summary>Offers of one kind that employers made, that coaches answered, and that they accepted.</summary>
[GenerateSerializer, Immutable, Alias("OfferFigures")]
public sealed record OfferFigures(OfferKind Kind, ImpactFigure Made, ImpactFigure Answered, ImpactFigure Accepted);
