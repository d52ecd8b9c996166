using System.Collections.Immutable;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Walls;

/// <summary>
/// The projection every screen of a challenge shows, and the single place that numbers its changes.
/// Keyed by challenge id. Each change is stored before it is pushed, then pushed to every silo's hub.
/// </summary>
[Alias("IWallGrain")]
public interface IWallGrain : IGrainWithGuidKey, IPupilDataHolder
{
    [Alias("GetSnapshot")]
    Task<WallSnapshot> GetSnapshotAsync();

    /// <summary>The header counts over these teams only (a venue's wall); the snapshot's counts are the whole challenge's.</summary>
    [Alias("GetCounts")]
    Task<WallCounts> GetCountsAsync(ImmutableArray<Guid> teamIds);

    /// <summary>
    /// The team whose card shows the photo now, as consent allows at this moment; 404 for any other photo, so that a photo
    /// leaves the public wall the moment its consent is withdrawn or its pupil erased.
    /// </summary>
    [Alias("FindTeamShowingPhoto")]
    Task<Guid> FindTeamShowingPhotoAsync(Guid photoId);

    /// <summary>Adds the team's card; a team already on the wall is left as it is.</summary>
    [Alias("TeamRegistered")]
    Task TeamRegisteredAsync(TeamDetails team);

    /// <summary>
    /// Applies milestone <paramref name="number"/> of a team's log; numbers already applied are ignored. <paramref name="evidence"/>
    /// are its photos as the log found them when the milestone was stored (who uploaded each), so that the wall need not ask the
    /// team's evidence again; without it (milestones stored before the log kept them) the wall asks.
    /// </summary>
    [Alias("MilestoneLogged")]
    Task MilestoneLoggedAsync(int number, Milestone milestone, ImmutableArray<WallPhoto>? evidence = null);

    /// <summary>The framework now has these competences, in this order; levels already shown stay.</summary>
    [Alias("FrameworkChanged")]
    Task FrameworkChangedAsync(ImmutableArray<string> competenceIds);

    /// <summary>The team's pupils now are <paramref name="members"/> (a nickname only with consent to the wall, and their consent to photos).</summary>
    [Alias("TeamMembersChanged")]
    Task TeamMembersChangedAsync(Guid teamId, ImmutableArray<WallMember> members);

    /// <summary>Applies badge <paramref name="number"/> of a team's profile, which now shows <paramref name="shownLevel"/>.</summary>
    [Alias("BadgeAwarded")]
    Task BadgeAwardedAsync(int number, Badge badge, int shownLevel);

    /// <summary>Applies entry <paramref name="number"/> of a team's profile, the revocation of <paramref name="badge"/>, after which it shows <paramref name="shownLevel"/>.</summary>
    [Alias("BadgeRevoked")]
    Task BadgeRevokedAsync(int number, Badge badge, int shownLevel);
}
