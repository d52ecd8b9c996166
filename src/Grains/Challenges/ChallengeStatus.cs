namespace ChallengeHub.Grains.Challenges;

/// <summary>Where a challenge is in its lifecycle; pupils log milestones while it runs.</summary>
[Alias("ChallengeStatus")]
public enum ChallengeStatus
{
    Draft,
    Open,
    Running,
    Showcase,
    Closed,
}
