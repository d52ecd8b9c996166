namespace ChallengeHub.Grains.Accounts;

/// <summary>What someone does in ChallengeHub. The anonymous public has no account and so no role.</summary>
[GenerateSerializer, Alias("Role")]
public enum Role
{
    Organiser,
    Coach,
    Juror,
    Employer,
    Pupil,
}
