using System.Collections.Immutable;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Voice;

namespace ChallengeHub.Grains.Teams;

/// <summary>A team of one challenge, with its pupils. Keyed by team id; created only through its challenge's registry.</summary>
[Alias("ITeamGrain")]
public interface ITeamGrain : IGrainWithGuidKey, IPupilDataHolder
{
    [Alias("Initialize")]
    Task InitializeAsync(TeamDetails details);

    /// <summary>The team, or <c>null</c> when no challenge registered it. Interleaves: every authorized request asks.</summary>
    [Alias("Get"), AlwaysInterleave]
    Task<TeamDetails?> GetAsync();

    /// <summary>
    /// Signs a pupil in with nickname and PIN; a nickname the team does not have yet joins the team with that PIN, or, when
    /// the team wants its coach to approve new nicknames, waits for that approval: then the answer is <c>null</c>.
    /// Wrong PINs for one nickname pause that nickname on the <paramref name="client"/> that sent them, and many from
    /// anywhere lock that pupil until the coach lifts it or time passes; no failure ever keeps out another pupil.
    /// </summary>
    [Alias("Join")]
    Task<PupilSession?> JoinAsync(JoinRequest request, string client);

    /// <summary>The pupil, or <c>null</c> when the team has no such member (never had, or erased). Interleaves like <see cref="GetAsync"/>.</summary>
    [Alias("GetPupil"), AlwaysInterleave]
    Task<Pupil?> GetPupilAsync(Guid pupilId);

    /// <summary>The team's pupils by nickname.</summary>
    [Alias("ListPupils")]
    Task<ImmutableArray<Pupil>> ListPupilsAsync();

    /// <summary>
    /// Records consent per channel, effective at once on every view and live push. Repeating it tells the wall again, so a
    /// retry after a failure part-way leaves no wall behind.
    /// </summary>
    [Alias("SetConsent")]
    Task<Pupil> SetConsentAsync(Guid pupilId, ConsentRequest request, string recordedBy);

    /// <summary>Sets a new PIN, lifts a lock-out and ends the pupil's sessions on every tablet.</summary>
    [Alias("ResetPin")]
    Task<Pupil> ResetPinAsync(Guid pupilId, PinResetRequest request);

    /// <summary>Lets a paused pupil try their PIN again at once, on every tablet; the PIN stays as it is.</summary>
    [Alias("LiftLock")]
    Task<Pupil> LiftLockAsync(Guid pupilId);

    /// <summary>The roster, open places, nicknames waiting for approval and paused pupils.</summary>
    [Alias("GetAccess")]
    Task<TeamAccess> GetAccessAsync();

    /// <summary>Sets the roster before (or while) pupils join; see <see cref="RosterRequest"/>.</summary>
    [Alias("SetRoster")]
    Task<TeamAccess> SetRosterAsync(RosterRequest request);

    /// <summary>Records consent for a roster nickname; the pupil who joins with it has that consent from the start.</summary>
    [Alias("SetRosterConsent")]
    Task<TeamAccess> SetRosterConsentAsync(Guid entryId, ConsentRequest request, string recordedBy);

    /// <summary>Lets a waiting nickname join; the pupil then signs in with the PIN they chose.</summary>
    [Alias("Approve")]
    Task<Pupil> ApproveAsync(Guid pendingId);

    /// <summary>Turns a waiting nickname away; nothing of it is kept.</summary>
    [Alias("Dismiss")]
    Task<TeamAccess> DismissAsync(Guid pendingId);

    /// <summary>Whether the check-in is on for the pupil's team and which moment, if any, is due for them now.</summary>
    [Alias("GetCheckIn")]
    Task<PupilCheckIn> GetCheckInAsync(Guid pupilId);

    /// <summary>
    /// Records that the pupil was asked at <paramref name="moment"/> and counts their answers without their identity; once per
    /// pupil and moment (a second answer is <c>check-in-answered</c>), only while it is on and due.
    /// </summary>
    [Alias("CheckIn")]
    Task<PupilCheckIn> CheckInAsync(Guid pupilId, CheckInMoment moment, CheckInRequest request);

    /// <summary>Whether the challenge has the check-in on, and whether the coach left it on for this team.</summary>
    [Alias("GetTeamCheckIn")]
    Task<TeamCheckIn> GetTeamCheckInAsync();

    /// <summary>The coach's switch: off keeps the team's pupils from being asked, whatever the challenge says.</summary>
    [Alias("SetTeamCheckIn")]
    Task<TeamCheckIn> SetTeamCheckInAsync(bool switchedOn);
}
