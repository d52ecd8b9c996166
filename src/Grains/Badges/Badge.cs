using System.Collections.Immutable;

namespace ChallengeHub.Grains.Badges;

/// <summary>
/// A juror's recognition that a team showed a competence at a rubric level, with the evidence and appreciative feedback:
/// <paramref name="Feedback"/> says what the team showed, <paramref name="NextStep"/> a step to take next.
/// <paramref name="FlaggedPhrases"/> are the phrases the language guard flagged and the juror chose to keep after seeing the warning.
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
    ImmutableArray<string>? FlaggedPhrases = null);

/// <summary>
/// Body of <c>POST /api/challenges/{challengeId}/teams/{teamId}/badges</c>. <paramref name="Shown"/> ("what you showed") is
/// the feedback; <paramref name="Feedback"/> is its older name and is read when <paramref name="Shown"/> is absent.
/// Feedback the language guard flags is refused unless <paramref name="AcknowledgeLanguageWarning"/> says the juror saw the warning.
/// </summary>
[GenerateSerializer, Immutable, Alias("AwardBadgeRequest")]
public sealed record AwardBadgeRequest(
    string? CompetenceId,
    int? Level,
    string? Feedback,
    Guid[]? MilestoneIds,
    string? Shown = null,
    string? NextStep = null,
    bool AcknowledgeLanguageWarning = false);
