namespace ChallengeHub.Grains.Badges.Credentials;

/// <summary>
/// Where a badge lives, so that its public verification address needs only the badge id. Keyed by badge id; written
/// by the team's competence profile before the badge itself is stored.
/// </summary>
[Alias("IBadgeLocatorGrain")]
public interface IBadgeLocatorGrain : IGrainWithGuidKey
{
    [Alias("Set")]
    Task SetAsync(BadgeLocation location);

    /// <summary>The badge's challenge and team, or <c>null</c> for an unknown badge.</summary>
    [Alias("Get")]
    Task<BadgeLocation?> GetAsync();
}

[GenerateSerializer, Immutable, Alias("BadgeLocation")]
public sealed record BadgeLocation(Guid ChallengeId, Guid TeamId);
