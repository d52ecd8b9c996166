using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Badges;

/// <summary>
/// A juror's recognition that a team showed a competence at a rubric level, with the evidence and appreciative feedback:
/// <paramref name="Feedback"/> says what the team showed, <paramref name="NextStep"/> a step to take next.
/// <paramref name="FlaggedPhrases"/> are the phrases the language guard flagged and the juror chose to keep after seeing the warning.
/// <paramref name="JurorId"/> and <paramref name="JurorName"/> are the account that awarded it (a juror or the organiser).
/// A revoked badge stays listed with its <paramref name="Revocation"/>, as the audit trail.
/// <paramref name="Observation"/> is what the juror saw the team do at the venue, in the juror's words: evidence of its own,
/// beside or instead of the team's milestones.
/// </summary>
[GenerateSerializer, Immutable, Alias("Badge")]
public sealed record Badge(
    Guid Id,
    Guid TeamId,
    string CompetenceId,
    int Level,
    string Feedback,
    ImmutableArray<Guid> MilestoneIds,
    DateTimeOffset AwardedAt,
    string? NextStep = null,
    ImmutableArray<string>? FlaggedPhrases = null,
    Guid? JurorId = null,
    string? JurorName = null,
    BadgeRevocation? Revocation = null,
    string? Observation = null)
{
    public bool IsRevoked => Revocation is not null;
}

/// <summary>Who revoked a badge, when and why.</summary>
[GenerateSerializer, Immutable, Alias("BadgeRevocation")]
public sealed record BadgeRevocation(string Reason, Guid? RevokedBy, string? RevokedByName, DateTimeOffset RevokedAt);

/// <summary>Body of <c>POST …/badges/{badgeId}/revoke</c>.</summary>
[GenerateSerializer, Immutable, Alias("RevokeBadgeRequest")]
public sealed record RevokeBadgeRequest([property: MaxLength(CompetenceProfileGrain.MaxReasonLength)] string? Reason);

/// <summary>The account awarding or revoking a badge: a juror, or the organiser.</summary>
[GenerateSerializer, Immutable, Alias("Juror")]
public sealed record Juror(Guid Id, string Name);

/// <summary>
/// Body of <c>POST /api/challenges/{challengeId}/teams/{teamId}/badges</c>. <paramref name="Shown"/> ("what you showed") is
/// the feedback; <paramref name="Feedback"/> is its older name and is read when <paramref name="Shown"/> is absent.
/// Feedback the language guard flags is refused unless <paramref name="AcknowledgeLanguageWarning"/> says the juror saw the warning.
/// <paramref name="Observation"/> is an observation note: what the juror saw the team do in person, recorded as evidence.
/// </summary>
[GenerateSerializer, Immutable, Alias("AwardBadgeRequest")]
public sealed record AwardBadgeRequest(
    [property: MaxLength(CompetenceProfileGrain.MaxCompetenceIdLength)] string? CompetenceId,
    [property: Range(1, 4)] int? Level,
    [property: MaxLength(CompetenceProfileGrain.MaxFeedbackLength)] string? Feedback,
    [property: MaxLength(CompetenceProfileGrain.MaxEvidence)] Guid[]? MilestoneIds,
    [property: MaxLength(CompetenceProfileGrain.MaxFeedbackLength)] string? Shown = null,
    [property: MaxLength(CompetenceProfileGrain.MaxFeedbackLength)] string? NextStep = null,
    bool AcknowledgeLanguageWarning = false,
    [property: MaxLength(CompetenceProfileGrain.MaxFeedbackLength)] string? Observation = null);
