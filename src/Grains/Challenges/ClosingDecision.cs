using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Challenges;

/// <summary>
/// How a challenge was closed: when, and — when some teams had no badge or no published recognition yet — that the organiser
/// chose to close anyway, and why. <paramref name="TeamCount"/> is how many teams the challenge had then, so that a summary can
/// say how many were recognised (absent on challenges closed before it was recorded); <paramref name="TeamsWithoutRecognition"/>
/// is absent on challenges closed before recognitions counted.
/// </summary>
[GenerateSerializer, Immutable, Alias("ClosingDecision")]
public sealed record ClosingDecision(
    DateTimeOffset ClosedAt,
    bool Override,
    string? Reason,
    ImmutableArray<TeamReference> TeamsWithoutBadge,
    int? TeamCount = null,
    ImmutableArray<TeamReference>? TeamsWithoutRecognition = null);

/// <summary>A team named in a list that is about every team, never about merit.</summary>
[GenerateSerializer, Immutable, Alias("TeamReference")]
public sealed record TeamReference(Guid Id, string Name, string School);

/// <summary>
/// What closing would leave unrecognised: the teams without any badge yet, by name, so that a juror can visit them, out of
/// <paramref name="TeamCount"/> teams in all (a count across every team, never a list by merit); and when the challenge runs
/// a season with venues, the teams that hold no published recognition yet (<paramref name="TeamsWithoutRecognition"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("ClosingCheck")]
public sealed record ClosingCheck(
    ChallengeStatus Status,
    ImmutableArray<TeamReference> TeamsWithoutBadge,
    ClosingDecision? Decision,
    int TeamCount = 0,
    ImmutableArray<TeamReference>? TeamsWithoutRecognition = null);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/close</c>.</summary>
[GenerateSerializer, Immutable, Alias("CloseChallengeRequest")]
public sealed record CloseChallengeRequest(bool? Override, [property: MaxLength(ChallengeGrain.MaxReasonLength)] string? Reason);
