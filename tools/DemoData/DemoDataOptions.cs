using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.DemoData;

/// <summary>
/// The shape of the demo: how many challenges (electro and construction in turn), teams per challenge, pupils per team and
/// milestones per team. The same <see cref="Seed"/> and sizes give the same names, stories, photos, orders, runs and badges.
/// Its limits are data annotations, so that the command line and the Silo's <c>DemoData</c> settings check them alike.
/// </summary>
public sealed record DemoDataOptions
{
    /// <summary>A team holds at most this many pupils.</summary>
    public const int MaxPupilsPerTeam = 12;

    /// <summary>Whether a Silo in Development seeds the demo on storage without challenges; the command line ignores it.</summary>
    public bool Enabled { get; init; } = true;

    public int Seed { get; init; } = 2026;

    [Range(1, 20, ErrorMessage = "{0} must be {1} to {2}.")]
    public int Challenges { get; init; } = 2;

    [Range(1, 100, ErrorMessage = "{0} must be {1} to {2}.")]
    public int TeamsPerChallenge { get; init; } = 6;

    [Range(1, MaxPupilsPerTeam, ErrorMessage = "{0} must be {1} to {2} (a team holds at most {2} pupils).")]
    public int PupilsPerTeam { get; init; } = 3;

    [Range(1, 50, ErrorMessage = "{0} must be {1} to {2}.")]
    public int MilestonesPerTeam { get; init; } = 4;

    /// <summary>What is wrong with the sizes, or <c>null</c> when the seeder can fill them.</summary>
    public string? Problem()
    {
        var errors = new List<ValidationResult>();
        return Validator.TryValidateObject(this, new ValidationContext(this), errors, validateAllProperties: true) ? null : errors[0].ErrorMessage;
    }
}
