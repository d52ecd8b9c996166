using System.Collections.Immutable;

namespace ChallengeHub.Grains.Teams;

/// <summary>
/// A nickname the coach expects in the team, entered before the pupil joins, with the consent their parents already gave.
/// <paramref name="PupilId"/> is set once a pupil joined with it.
/// </summary>
[GenerateSerializer, Immutable, Alias("RosterEntry")]
public sealed record RosterEntry(Guid Id, string Nickname, PupilConsent Consent, Guid? PupilId = null);

/// <summary>A nickname beyond the roster waiting for the coach's approval; the PIN hash lets the pupil sign in once approved.</summary>
[GenerateSerializer, Immutable, Alias("PendingJoin")]
public sealed record PendingJoin(Guid Id, string Nickname, string PinHash, DateTimeOffset RequestedAt);

/// <summary>
/// Who may join a team and who is kept out, as its coach sees it: the roster, the places open to any nickname, whether other
/// nicknames wait for approval, the nicknames waiting, and the pupils paused after wrong PINs.
/// </summary>
[GenerateSerializer, Immutable, Alias("TeamAccess")]
public sealed record TeamAccess(
    bool ApprovalRequired,
    int OpenPlaces,
    ImmutableArray<RosterEntry> Roster,
    ImmutableArray<PendingPupil> Pending,
    ImmutableArray<PupilLock> Locks);

[GenerateSerializer, Immutable, Alias("PendingPupil")]
public sealed record PendingPupil(Guid Id, string Nickname, DateTimeOffset RequestedAt);

[GenerateSerializer, Immutable, Alias("PupilLock")]
public sealed record PupilLock(Guid PupilId, string Nickname, DateTimeOffset LockedUntil);

/// <summary>
/// Body of <c>PUT …/teams/{teamId}/roster</c>: the nicknames expected (entries already there keep their consent), how many
/// more pupils may join under a nickname of their own choice, and whether any other nickname needs the coach's approval
/// (on by default once there is a roster).
/// </summary>
[GenerateSerializer, Immutable, Alias("RosterRequest")]
public sealed record RosterRequest(ImmutableArray<string>? Nicknames, int? OpenPlaces, bool? ApprovalRequired);
