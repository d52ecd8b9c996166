using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Reports;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Voice;

namespace ChallengeHub.Grains.Tests.Reports;

/// <summary>A season with one round of venues (and an optional final) and teams of made-up facts, to compute reports from without a cluster.</summary>
public sealed class ImpactFacts
{
    public static readonly Competence Measuring = new("meten-testen", new("Meten en testen", "Measuring and testing", "Mesurer et tester"),
        [.. Enumerable.Range(1, 4).Select(l => new RubricLevel(l, new($"Niveau {l}", $"Level {l}", $"Niveau {l}")))]);

    private readonly List<TeamFacts> _teams = [];

    public ImpactFacts(params string[] venues)
    {
        Semis = new SeasonRound(Guid.NewGuid(), "Halve finales",
            [.. venues.Select((name, i) => new SeasonVenue(Guid.NewGuid(), name, new DateOnly(2027, 4, 16 + i), "Adres", []))]);
        Final = new SeasonRound(Guid.NewGuid(), "Finale", [new SeasonVenue(Guid.NewGuid(), "Finale Antwerpen", new DateOnly(2027, 5, 20), "Adres", [])]);
    }

    public SeasonRound Semis { get; }

    public SeasonRound Final { get; }

    public ChallengeDetails Challenge { get; } = new(Guid.NewGuid(), "Zonnewagen", Sector.Electro, ChallengeStatus.Running, [Measuring]);

    /// <summary>Whether the challenge has the pupils' check-in on.</summary>
    public bool VoiceOn { get; set; }

    public SeasonVenue Venue(string name) => Semis.Venues.Single(v => v.Name == name);

    /// <summary>Adds <paramref name="count"/> teams of <paramref name="pupils"/> pupils each at a venue (none for <c>null</c>).</summary>
    public ImpactFacts Teams(int count, string? venue, int pupils = 4, int level = 0, bool badge = false, bool final = false,
        string school = "VTI Brugge", OfferStand[]? offers = null, CheckInTally? voice = null)
    {
        for (var i = 0; i < count; i++)
        {
            _teams.Add(new TeamFacts(Guid.NewGuid(), school, pupils,
                [venue is null ? null : Venue(venue).Id, final ? Final.Venues[0].Id : null],
                level == 0 ? ImmutableDictionary<string, int>.Empty : ImmutableDictionary<string, int>.Empty.Add(Measuring.Id, level),
                level == 0 ? [] : [new DateOnly(2027, 4, 16)],
                badge || level > 0, false, false, [],
                [.. (offers ?? []).Select(o => (OfferKind.Visit, o))], voice));
        }

        return this;
    }

    public ImpactReport Season() => Report(ImpactScope.Season);

    public ImpactReport At(string venue) => Report(new ImpactScope(VenueId: Venue(venue).Id));

    public ImpactReport Round(SeasonRound round) => Report(new ImpactScope(RoundId: round.Id));

    public ImpactReport Report(ImpactScope scope) =>
        ImpactCalculator.Compute(Challenge, new SeasonDetails(Challenge.Id, [Semis, Final]), _teams, scope, ownSchool: false, DateTimeOffset.UnixEpoch, VoiceOn);
}
