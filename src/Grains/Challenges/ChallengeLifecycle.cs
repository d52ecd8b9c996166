using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Challenges;

/// <summary>
/// The lifecycle <c>draft → open → running → showcase → closed</c> and what each state allows. Each step is an explicit
/// action; closing has its own rule (every team recognised, or an explicit override).
/// </summary>
public static class ChallengeLifecycle
{
    public static ChallengeStatus? Next(ChallengeStatus status) => status switch
    {
        ChallengeStatus.Draft => ChallengeStatus.Open,
        ChallengeStatus.Open => ChallengeStatus.Running,
        ChallengeStatus.Running => ChallengeStatus.Showcase,
        ChallengeStatus.Showcase => ChallengeStatus.Closed,
        _ => null,
    };

    public static void EnsureTeamsCanRegister(ChallengeDetails challenge) =>
        Ensure(challenge, "Teams register", ChallengeStatus.Open, ChallengeStatus.Running);

    public static void EnsureMilestonesCanBeLogged(ChallengeDetails challenge) =>
        Ensure(challenge, "Milestones are logged", ChallengeStatus.Running);

    public static void EnsureEvidenceCanBeAdded(ChallengeDetails challenge) =>
        Ensure(challenge, "Evidence photos are added", ChallengeStatus.Running);

    public static void EnsureBadgesCanBeAwarded(ChallengeDetails challenge) =>
        Ensure(challenge, "Badges are awarded", ChallengeStatus.Running, ChallengeStatus.Showcase);

    public static void EnsureFrameworkCanChange(ChallengeDetails challenge) =>
        Ensure(challenge, "The competence framework changes", ChallengeStatus.Draft, ChallengeStatus.Open, ChallengeStatus.Running);

    public static void EnsureScheduleCanChange(ChallengeDetails challenge) =>
        Ensure(challenge, "The schedule changes", ChallengeStatus.Draft, ChallengeStatus.Open, ChallengeStatus.Running, ChallengeStatus.Showcase);

    public static string Name(ChallengeStatus status) => status.ToString().ToLowerInvariant();

    private static void Ensure(ChallengeDetails challenge, string what, params ChallengeStatus[] allowed)
    {
        if (!allowed.Contains(challenge.Status))
        {
            throw new DomainException(ProblemTypes.ChallengeStage,
                $"{what} while the challenge is {string.Join(" or ", allowed.Select(Name))}; this one is {Name(challenge.Status)}.");
        }
    }
}
