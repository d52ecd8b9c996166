using System.Collections.Immutable;

namespace ChallengeHub.Grains.Badges;

/// <summary>The badges a team earned, per competence. Keyed by team id.</summary>
[Alias("ICompetenceProfileGrain")]
public interface ICompetenceProfileGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Awards a badge and tells the wall the level the team now shows. Honours an <paramref name="idempotencyKey"/>
    /// the way <see cref="Milestones.IMilestoneLogGrain.LogAsync"/> does. Several jurors may award the same competence; the team
    /// shows the highest level not revoked. A competence that requires another (a safety competence) is refused (422) until
    /// the team holds that one.
    /// </summary>
    [Alias("Award")]
    Task<Badge> AwardAsync(Guid challengeId, AwardBadgeRequest request, string? idempotencyKey, Juror? juror = null);

    /// <summary>
    /// Revokes a badge with a reason; it stays listed with who revoked it, when and why, and the wall drops to the highest
    /// level left for that competence. A badge is revoked once (409 after).
    /// </summary>
    [Alias("Revoke")]
    Task<Badge> RevokeAsync(Guid challengeId, Guid badgeId, RevokeBadgeRequest request, Juror? revokedBy = null);

    /// <summary>The team's badges, revoked ones included, newest first.</summary>
    [Alias("List")]
    Task<ImmutableArray<Badge>> ListAsync(Guid challengeId);
}
