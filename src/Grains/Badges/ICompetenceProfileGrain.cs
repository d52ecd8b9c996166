using System.Collections.Immutable;

namespace ChallengeHub.Grains.Badges;

/// <summary>The badges a team earned, per competence. Keyed by team id.</summary>
[Alias("ICompetenceProfileGrain")]
public interface ICompetenceProfileGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Awards a badge and tells the wall the level the team now shows. Honours an <paramref name="idempotencyKey"/>
    /// the way <see cref="Milestones.IMilestoneLogGrain.LogAsync"/> does.
    /// </summary>
    [Alias("Award")]
    Task<Badge> AwardAsync(Guid challengeId, AwardBadgeRequest request, string? idempotencyKey);

    /// <summary>The team's badges, newest first.</summary>
    [Alias("List")]
    Task<ImmutableArray<Badge>> ListAsync(Guid challengeId);
}
