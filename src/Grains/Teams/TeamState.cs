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
    public int OpenPlaces { get; set; }

    /// <summary>The coach's choice; <c>null</c> means: required once there is a roster or open places.</summary>
    [Id(7)]
    public bool? ApprovalRequired { get; set; }

    [Id(8)]
    public List<PendingJoin> Pending { get; set; } = [];

    public bool RequiresApproval => ApprovalRequired ?? (Roster.Count > 0 || OpenPlaces > 0);
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
}
