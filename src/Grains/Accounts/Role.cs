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

    /// <summary>Staff of a sector fund, invited to a challenge to read its impact report; sees nothing about one team or pupil.</summary>
    Funder,
}
