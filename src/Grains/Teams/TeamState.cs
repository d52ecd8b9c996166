namespace ChallengeHub.Grains.Teams;

[GenerateSerializer, Alias("TeamState")]
public sealed class TeamState
{
    [Id(0)]
    public TeamDetails? Details { get; set; }

    [Id(1)]
    public List<TeamMember> Members { get; set; } = [];

    /// <summary>Failed PIN attempts on any member of the team since <see cref="FailuresSince"/>: guessing across nicknames is limited too.</summary>
    [Id(2)]
    public int RecentFailures { get; set; }

    [Id(3)]
    public DateTimeOffset FailuresSince { get; set; }

    [Id(4)]
    public DateTimeOffset? LockedUntil { get; set; }
}

[GenerateSerializer, Alias("TeamMember")]
public sealed class TeamMember
{
    [Id(0)]
    public required Pupil Pupil { get; set; }

    [Id(1)]
    public required string PinHash { get; set; }

    [Id(2)]
    public int FailedPins { get; set; }

    [Id(3)]
    public DateTimeOffset? LockedUntil { get; set; }
}
