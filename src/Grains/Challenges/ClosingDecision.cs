using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Challenges;

/// <summary>
/// How a challenge was closed: when, and — when some teams had no badge yet — that the organiser chose to close anyway, and why.
/// </summary>
[GenerateSerializer, Immutable, Alias("ClosingDecision")]
public sealed record ClosingDecision(DateTimeOffset ClosedAt, bool Override, string? Reason, ImmutableArray<TeamReference> TeamsWithoutBadge);

/// <summary>A team named in a list that is about every team, never about merit.</summary>
[GenerateSerializer, Immutable, Alias("TeamReference")]
public sealed record TeamReference(Guid Id, string Name, string School);

/// <summary>What closing would leave unrecognised: the teams without any badge yet, by name, so that a juror can visit them.</summary>
[GenerateSerializer, Immutable, Alias("ClosingCheck")]
public sealed record ClosingCheck(ChallengeStatus Status, ImmutableArray<TeamReference> TeamsWithoutBadge, ClosingDecision? Decision);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/close</c>.</summary>
[GenerateSerializer, Immutable, Alias("CloseChallengeRequest")]
public sealed record CloseChallengeRequest(bool? Override, [property: MaxLength(ChallengeGrain.MaxReasonLength)] string? Reason);
