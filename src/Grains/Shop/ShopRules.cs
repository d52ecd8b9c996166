using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Shop;

/// <summary>What the shop and the team budgets check alike, so that both say it in the same words.</summary>
internal static class ShopRules
{
    /// <summary>Records an error unless <paramref name="budgetCents"/> is a budget a shop or a team can have; returns it (0 when missing).</summary>
    public static long BudgetCents(this Validation validation, long? budgetCents)
    {
        if (budgetCents is not (>= 0 and <= ShopGrain.MaxBudgetCents))
        {
            validation.Add("budgetCents", $"budgetCents must be 0 to {ShopGrain.MaxBudgetCents} (euro cents).");
        }

        return budgetCents ?? 0;
    }

    /// <summary>The catalogue, the default budget and the teams' own budgets can be set up until the challenge's showcase.</summary>
    public static void EnsureBeforeShowcase(ChallengeDetails challenge, ProblemType problem, string what)
    {
        if (challenge.Status is not (ChallengeStatus.Draft or ChallengeStatus.Open or ChallengeStatus.Running))
        {
            throw new DomainException(problem,
                $"{what} until the challenge's showcase; it is {ChallengeLifecycle.Name(challenge.Status)} now.");
        }
    }
}
