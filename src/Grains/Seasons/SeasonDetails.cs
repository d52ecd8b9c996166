using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Grains.Seasons;

/// <summary>The season as every screen sees it: rounds in order, each venue by date with its teams by name.</summary>
[GenerateSerializer, Immutable, Alias("SeasonDetails")]
public sealed record SeasonDetails(Guid ChallengeId, ImmutableArray<SeasonRound> Rounds);

/// <summary>
/// A round with its venues. <paramref name="Invitation"/> is the organiser's decision who is invited to it; absent for the
/// first round (every team takes part) and on public screens, where an invitation is no one's business but the team's.
/// </summary>
[GenerateSerializer, Immutable, Alias("SeasonRound")]
public sealed record SeasonRound(Guid Id, string Name, ImmutableArray<SeasonVenue> Venues, RoundInvitation? Invitation = null);

/// <summary>A venue with the teams going there, by name (nl-BE collation).</summary>
[GenerateSerializer, Immutable, Alias("SeasonVenue")]
public sealed record SeasonVenue(Guid Id, string Name, DateOnly Date, string Address, ImmutableArray<TeamReference> Teams);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/season/rounds</c>.</summary>
[GenerateSerializer, Immutable, Alias("RoundRequest")]
public sealed record RoundRequest([property: MaxLength(SeasonGrain.MaxNameLength)] string? Name);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/season/rounds/{roundId}/venues</c>.</summary>
[GenerateSerializer, Immutable, Alias("VenueRequest")]
public sealed record VenueRequest(
    [property: MaxLength(SeasonGrain.MaxNameLength)] string? Name,
    DateOnly? Date,
    [property: MaxLength(SeasonGrain.MaxAddressLength)] string? Address);

/// <summary>
/// Body of <c>PUT /api/challenges/{challengeId}/season/venues/{venueId}/teams</c>: these teams, and every team of
/// <paramref name="School"/>, go to the venue (moving from another venue of the same round).
/// </summary>
[GenerateSerializer, Immutable, Alias("AssignTeamsRequest")]
public sealed record AssignTeamsRequest(ImmutableArray<Guid>? TeamIds, [property: MaxLength(ChallengeGrain.MaxSchoolLength)] string? School = null);

/// <summary>Body of <c>PUT /api/challenges/{challengeId}/season/rounds/{roundId}/invitation</c>: who is invited, and why.</summary>
[GenerateSerializer, Immutable, Alias("InvitationRequest")]
public sealed record InvitationRequest(ImmutableArray<Guid>? TeamIds, [property: MaxLength(SeasonGrain.MaxReasonLength)] string? Reason);

/// <summary>
/// One team's season: where it goes in each round, the invitations it received, and for each level of a competence it showed,
/// the round in which it first showed it. Competences add up over the season; nothing here compares teams.
/// </summary>
[GenerateSerializer, Immutable, Alias("TeamSeason")]
public sealed record TeamSeason(Guid TeamId, ImmutableArray<TeamRound> Rounds, ImmutableArray<LevelFirstShown> Levels);

/// <summary>
/// A round as one team lives it: its venue there (absent when it has none yet), and — for a round after the first — whether
/// it is invited, with the organiser's reason. A team that is not invited simply sees no invitation.
/// </summary>
[GenerateSerializer, Immutable, Alias("TeamRound")]
public sealed record TeamRound(Guid RoundId, string Name, SeasonVenue? Venue, bool Invited, string? InvitationReason);

/// <summary>A level of a competence and the round in which the team first showed it (absent when it showed it before any round was planned).</summary>
[GenerateSerializer, Immutable, Alias("LevelFirstShown")]
public sealed record LevelFirstShown(string CompetenceId, int Level, Guid? RoundId, string? RoundName, DateTimeOffset ShownAt);
