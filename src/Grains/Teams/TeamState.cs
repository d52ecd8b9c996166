using ChallengeHub.Grains.Voice;

namespace ChallengeHub.Grains.Teams;

[GenerateSerializer, Alias("TeamState")]
public sealed class TeamState
{
    [Id(0)]
    public TeamDetails? Details { get; set; }

    [Id(1)]
    public List<TeamMember> Members { get; set; } = [];

    /// <summary>The nicknames the coach expects, in the order entered.</summary>
    [Id(5)]
    public List<RosterEntry> Roster { get; set; } = [];

    /// <summary>Places for nicknames that are not on the roster, each used up by one join.</summary>
    [Id(6)]
    public int Vacancies { get; set; }

    /// <summary>The coach's choice; <c>null</c> means: required once there is a roster or open places.</summary>
    [Id(7)]
    public bool? ApprovalRequired { get; set; }

    [Id(8)]
    public List<PendingJoin> Pending { get; set; } = [];

    /// <summary>The coach switched the check-in off for this team (it is on whenever the challenge has it on).</summary>
    [Id(9)]
    public bool CheckInOff { get; set; }

    public bool RequiresApproval => ApprovalRequired ?? (Roster.Count > 0 || Vacancies > 0);
}

[GenerateSerializer, Alias("TeamMember")]
public sealed class TeamMember
{
    [Id(0)]
    public required Pupil Pupil { get; set; }

    [Id(1)]
    public required string PinHash { get; set; }

    /// <summary>Wrong PINs for this pupil from any tablet since the last right one.</summary>
    [Id(2)]
    public int FailedPins { get; set; }

    [Id(3)]
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>The check-in moments this pupil was asked at; never their answers, which only the team's tally counts.</summary>
    [Id(4)]
    public List<CheckInMark> CheckIns { get; set; } = [];
}

/// <summary>
/// The pupil was asked at <see cref="Moment"/>. While <see cref="Ticket"/> is set their answers may not be counted yet: a
/// retry sends them again under the same ticket; once counted the ticket is dropped, so nothing links pupil and answers.
/// </summary>
[GenerateSerializer, Alias("CheckInMark")]
public sealed class CheckInMark
{
    [Id(0)]
    public CheckInMoment Moment { get; set; }

    [Id(1)]
    public Guid? Ticket { get; set; }
}
