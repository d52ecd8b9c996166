using System.Collections.Immutable;

namespace ChallengeHub.Grains.Seasons;

/// <summary>A challenge's season: its rounds in the order the organiser added them, where each team goes, and who is invited on.</summary>
[GenerateSerializer, Alias("SeasonState")]
public sealed class SeasonState
{
    [Id(0)]
    public ImmutableArray<Round> Rounds { get; set; } = [];

    /// <summary>At most one venue per team and round.</summary>
    [Id(1)]
    public ImmutableArray<VenueAssignment> Assignments { get; set; } = [];

    /// <summary>At most one decision per round; a new decision replaces the one before.</summary>
    [Id(2)]
    public ImmutableArray<RoundInvitation> Invitations { get; set; } = [];
}

/// <summary>A round of the season (e.g. the provincial semi-finals, then the final), held at one or more venues.</summary>
[GenerateSerializer, Immutable, Alias("Round")]
public sealed record Round(Guid Id, string Name, ImmutableArray<Venue> Venues);

/// <summary>Where and when a round meets: a hall on one day.</summary>
[GenerateSerializer, Immutable, Alias("Venue")]
public sealed record Venue(Guid Id, string Name, DateOnly Date, string Address);

/// <summary>That a team goes to a venue.</summary>
[GenerateSerializer, Immutable, Alias("VenueAssignment")]
public sealed record VenueAssignment(Guid TeamId, Guid VenueId);

/// <summary>
/// The organiser's decision which teams are invited to a round after the first, with the reason they gave ("every team with a
/// working design", "one per school", "everyone"): a decision by a person, never computed from anything a team scored.
/// </summary>
[GenerateSerializer, Immutable, Alias("RoundInvitation")]
public sealed record RoundInvitation(Guid RoundId, ImmutableArray<Guid> TeamIds, string Reason, string DecidedBy, DateTimeOffset DecidedAt);
