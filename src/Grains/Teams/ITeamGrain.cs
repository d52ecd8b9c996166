using System.Collections.Immutable;
using ChallengeHub.Grains.Privacy;

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
    /// Signs a pupil in with nickname and PIN; a nickname the team does not have yet joins the team with that PIN.
    /// Repeated wrong PINs lock the pupil, and many across the team lock the team, for a while.
    /// </summary>
    [Alias("Join")]
    Task<PupilSession> JoinAsync(JoinRequest request);

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

    /// <summary>
    /// Signing out: ends the pupil's sessions of <paramref name="sessionVersion"/> at the server, so that a copy of the signed-out
    /// cookie (a tablet that signed out offline) no longer counts. A session of another version (already ended) changes nothing.
    /// </summary>
    [Alias("EndSession")]
    Task EndSessionAsync(Guid pupilId, int sessionVersion);

    /// <summary>Sets a new PIN, lifts a lock-out and ends the pupil's sessions on every tablet.</summary>
    [Alias("ResetPin")]
    Task<Pupil> ResetPinAsync(Guid pupilId, PinResetRequest request);
}
