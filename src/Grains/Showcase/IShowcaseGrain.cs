using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Privacy;

namespace ChallengeHub.Grains.Showcase;

/// <summary>
/// The employer showcase of a challenge: what its teams made and were recognised for, as far as the pupils consented. Keyed by
/// challenge id. The stream is read from the teams' own grains on every request, so that a consent withdrawn or a pupil erased
/// is never shown again; only whether the showcase is public is stored here.
/// </summary>
[Alias("IShowcaseGrain")]
public interface IShowcaseGrain : IGrainWithGuidKey, IPupilDataHolder
{
    /// <summary>The newest <see cref="ShowcaseGrain.MaxItems"/> consented milestones and badges, newest first (a feed, never a ranking).</summary>
    [Alias("GetFeed")]
    Task<ShowcaseFeed> GetFeedAsync();

    /// <summary>Whether anyone may see the showcase, signed in or not; <c>false</c> for a challenge that does not exist.</summary>
    [Alias("IsPublic"), AlwaysInterleave]
    Task<bool> IsPublicAsync();

    /// <summary>The organiser opens the showcase to the public, or closes it to all but invited employers and the organiser.</summary>
    [Alias("SetPublic")]
    Task<ShowcaseSettings> SetPublicAsync(ShowcaseSettingsRequest request);

    /// <summary>The photo when the showcase shows it now (its milestone is shown and its uploader consented to photos); 404 otherwise.</summary>
    [Alias("FindShownPhoto")]
    Task<EvidencePhoto> FindShownPhotoAsync(Guid teamId, Guid photoId);

    /// <summary>
    /// What the showcase shows of the team now, built from the team's grains; asked by a silo whose connections watch the
    /// showcase when something of the team changed. Null when the challenge or the team no longer exists.
    /// </summary>
    [Alias("GetTeamUpdate")]
    Task<ShowcaseTeamUpdate?> GetTeamUpdateAsync(Guid teamId);
}
