namespace ChallengeHub.Grains.Badges.Credentials;

/// <summary>
/// Where a milestone used as badge evidence lives, so that its public page needs only the milestone id. Keyed by milestone
/// id; written by the team's competence profile when a badge first names the milestone, never for other milestones.
/// </summary>
[Alias("IEvidenceLocatorGrain")]
public interface IEvidenceLocatorGrain : IGrainWithGuidKey
{
    [Alias("Set")]
    Task SetAsync(BadgeLocation location);

    /// <summary>The milestone's challenge and team, or <c>null</c> when no badge ever named it.</summary>
    [Alias("Get")]
    Task<BadgeLocation?> GetAsync();
}
