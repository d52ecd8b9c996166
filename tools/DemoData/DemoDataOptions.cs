namespace ChallengeHub.DemoData;

/// <summary>
/// The shape of the demo: how many challenges (electro and construction in turn), teams per challenge, pupils per team and
/// milestones per team. The same <see cref="Seed"/> and sizes give the same names, stories, photos, orders, runs and badges.
/// </summary>
public sealed record DemoDataOptions
{
    /// <summary>A team holds at most this many pupils.</summary>
    public const int MaxPupilsPerTeam = 12;

    public int Seed { get; init; } = 2026;

    public int Challenges { get; init; } = 2;

    public int TeamsPerChallenge { get; init; } = 6;

    public int PupilsPerTeam { get; init; } = 3;

    public int MilestonesPerTeam { get; init; } = 4;

    /// <summary>What is wrong with the sizes, or <c>null</c> when the seeder can fill them.</summary>
    public string? Problem() =>
        Challenges is < 1 or > 20 ? "--challenges must be 1 to 20."
        : TeamsPerChallenge is < 1 or > 100 ? "--teams must be 1 to 100."
        : PupilsPerTeam is < 1 or > MaxPupilsPerTeam ? $"--pupils must be 1 to {MaxPupilsPerTeam} (a team holds at most {MaxPupilsPerTeam} pupils)."
        : MilestonesPerTeam is < 1 or > 50 ? "--milestones must be 1 to 50."
        : null;
}
