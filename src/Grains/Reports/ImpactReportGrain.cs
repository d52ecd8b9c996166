using System.Collections.Immutable;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Voice;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Reports;

public sealed class ImpactReportGrain(TimeProvider time) : Grain, IImpactReportGrain
{
    /// <summary>
    /// A report is read a few times around a meeting, not live, and gathering it asks every team's grains; a minute-old
    /// report is as true for a sector fund as a fresh one, so the facts are kept that long instead of kept up to date.
    /// </summary>
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(1);

    private Facts? _facts;

    public async Task<ImpactReport> GetAsync(ImpactScope scope)
    {
        var facts = await FactsAsync();
        return Compute(facts, scope, facts.Teams, ownSchool: false);
    }

    public async Task<ImpactReport> GetForCoachAsync(ImpactScope scope, Guid coachId)
    {
        var facts = await FactsAsync();
        var schools = facts.Registry.Where(t => t.CoachId == coachId).Select(t => t.School).ToHashSet(StringComparer.Ordinal);
        return Compute(facts, scope, [.. facts.Teams.Where(t => schools.Contains(t.School))], ownSchool: true);
    }

    private static ImpactReport Compute(Facts facts, ImpactScope scope, IReadOnlyList<TeamFacts> universe, bool ownSchool)
    {
        if (scope.VenueId is { } venue && !facts.Season.Rounds.SelectMany(r => r.Venues).Any(v => v.Id == venue))
        {
            throw DomainException.NotFound(ProblemTypes.VenueNotFound, venue);
        }

        if (scope.RoundId is { } round && !facts.Season.Rounds.Any(r => r.Id == round))
        {
            throw DomainException.NotFound(ProblemTypes.RoundNotFound, round);
        }

        // A venue belongs to one round, so naming both adds nothing and the venue decides.
        var narrowed = scope.VenueId is null ? scope : new ImpactScope(VenueId: scope.VenueId);
        return ImpactCalculator.Compute(facts.Challenge, facts.Season, universe, narrowed, ownSchool, facts.At, facts.VoiceOn);
    }

    private async Task<Facts> FactsAsync()
    {
        var now = time.GetUtcNow();
        if (_facts is { } kept && now - kept.At < FreshFor)
        {
            return kept;
        }

        var challengeId = this.GetPrimaryKey();
        var challengeGrain = GrainFactory.GetGrain<IChallengeGrain>(challengeId);
        var challenge = await challengeGrain.GetAsync() ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, challengeId);
        var registry = await challengeGrain.GetTeamsAsync();
        var season = await GrainFactory.GetGrain<ISeasonGrain>(challengeId).GetAsync();
        var recognised = new HashSet<Guid>();
        foreach (var venue in season.Rounds.SelectMany(r => r.Venues))
        {
            var board = await GrainFactory.GetGrain<IDeliberationBoardGrain>(venue.Id).GetAsync(challengeId);
            recognised.UnionWith(board.Teams.Where(t => !t.Recognitions.IsEmpty).Select(t => t.TeamId));
        }

        var offers = (await GrainFactory.GetGrain<IOffersGrain>(challengeId).ListByEmployerAsync(null)).ToLookup(o => o.TeamId);
        var teams = await Task.WhenAll(registry.Select(team => TeamAsync(challengeId, team, season, recognised.Contains(team.Id), offers[team.Id])));
        var voiceOn = (await GrainFactory.GetGrain<ICheckInSettingsGrain>(challengeId).GetAsync()).On;
        _facts = new Facts(now, challenge, season, registry, [.. teams], voiceOn);
        return _facts;
    }

    private async Task<TeamFacts> TeamAsync(Guid challengeId, TeamDetails team, SeasonDetails season, bool recognised, IEnumerable<Offer> offers)
    {
        var pupils = await GrainFactory.GetGrain<ITeamGrain>(team.Id).ListPupilsAsync();
        var badges = (await GrainFactory.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challengeId)).Where(b => !b.IsRevoked).ToList();
        var voice = await GrainFactory.GetGrain<ICheckInTallyGrain>(team.Id).GetAsync();
        var loggedAt = (await GrainFactory.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challengeId)).ToDictionary(m => m.Id, m => m.LoggedAt);

        // A milestone's response is the first badge that names it as evidence.
        var responseHours = badges.SelectMany(b => b.MilestoneIds.Select(m => (Milestone: m, b.AwardedAt)))
            .Where(e => loggedAt.ContainsKey(e.Milestone))
            .GroupBy(e => e.Milestone)
            .Select(g => (g.Min(e => e.AwardedAt) - loggedAt[g.Key]).TotalHours)
            .Where(hours => hours >= 0);
        return new TeamFacts(
            team.Id,
            team.School,
            pupils.Length,
            [.. season.Rounds.Select(r => r.Venues.FirstOrDefault(v => v.Teams.Any(t => t.Id == team.Id))?.Id)],
            badges.GroupBy(b => b.CompetenceId).ToImmutableDictionary(g => g.Key, g => g.Max(b => b.Level)),
            [.. badges.GroupBy(b => b.CompetenceId).Select(g => BrusselsDay.Of(g.Min(b => b.AwardedAt)))],
            badges.Count > 0,
            recognised,
            badges.Any(b => !string.IsNullOrWhiteSpace(b.Feedback) && !string.IsNullOrWhiteSpace(b.NextStep)),
            [.. responseHours],
            [.. offers.Select(o => (o.Kind, o.Answer switch { null => OfferStand.Open, { Accepted: true } => OfferStand.Accepted, _ => OfferStand.Declined }))],
            voice == CheckInTally.Empty ? null : voice);
    }

    private sealed record Facts(DateTimeOffset At, ChallengeDetails Challenge, SeasonDetails Season, ImmutableArray<TeamDetails> Registry, ImmutableArray<TeamFacts> Teams, bool VoiceOn);
}
