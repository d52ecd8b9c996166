using System.Collections.Immutable;

namespace ChallengeHub.Grains.Badges;

/// <summary>A juror's recognition that a team showed a competence at a rubric level, with the evidence and feedback.</summary>
[GenerateSerializer, Immutable, Alias("Badge")]
public sealed record Badge(Guid Id, Guid TeamId, string CompetenceId, int Level, string Feedback, ImmutableArray<Guid> MilestoneIds, DateTimeOffset AwardedAt);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/teams/{teamId}/badges</c>.</summary>
[GenerateSerializer, Immutable, Alias("AwardBadgeRequest")]
public sealed record AwardBadgeRequest(string? CompetenceId, int? Level, string? Feedback, Guid[]? MilestoneIds);
