using System.Collections.Immutable;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Voice;

namespace ChallengeHub.Grains.Reports;

/// <summary>Where an offer stands, for the report.</summary>
public enum OfferStand
{
    Open,
    Accepted,
    Declined,
}

/// <summary>
/// What the report needs of one team, over the whole season: its school and number of pupils, its venue in each round
/// (none where it has none), the highest level it shows per competence and the day it first showed each, whether it holds a
/// badge, a recognition and feedback with both <c>shown</c> and <c>nextStep</c>, the hours from its milestones to a juror's
/// response, the offers made to it, and its pupils' check-in answers as counts (none when nobody answered). Never leaves the report grain: every figure built from it is a count across teams.
/// </summary>
public sealed record TeamFacts(
    Guid TeamId,
    string School,
    int Pupils,
    ImmutableArray<Guid?> VenuePerRound,
    ImmutableDictionary<string, int> Levels,
    ImmutableArray<DateOnly> FirstShownDays,
    bool HasBadge,
    bool HasRecognition,
    bool HasFeedback,
    ImmutableArray<double> ResponseHours,
    ImmutableArray<(OfferKind Kind, OfferStand Stand)> Offers,
    CheckInTally? Voice = null)
{
    /// <summary>The teams that went to the same venue in every round share this key: the smallest groups any scope is made of.</summary>
    public string SeasonPath => string.Join('/', VenuePerRound.Select(v => v?.ToString("N") ?? "-"));

    public bool IsIn(ImpactScope scope, IReadOnlyDictionary<Guid, int> roundIndex) => scope switch
    {
        { VenueId: { } venue } => VenuePerRound.Contains(venue),
        { RoundId: { } round } => VenuePerRound[roundIndex[round]] is not null,
        _ => true,
    };
}
