using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Shop;

namespace ChallengeHub.Grains.Budgets;

/// <summary>What makes a request to a team's budget acceptable. Each Read method names every field that needs another look at once.</summary>
internal static class BudgetRules
{
    public const int MaxQuantity = 1000;
    public const int MaxNoteLength = 300;
    public const int MaxReasonLength = 300;

    /// <summary>
    /// A team places tens of orders in a challenge. With at most three ledger entries per order and every text at full length,
    /// 100 orders keep orders and ledger at about 330 kB, well inside one storage entity.
    /// </summary>
    public const int MaxOrders = 100;

    public const int MaxAdjustments = 100;

    public static (string Sku, int Quantity, string Note) ReadOrder(NewOrderRequest request, string? idempotencyKey)
    {
        var validation = new Validation();
        var sku = validation.Text("sku", request.Sku, ShopGrain.MaxSkuLength);
        if (request.Quantity is not (> 0 and <= MaxQuantity))
        {
            validation.Add("quantity", $"quantity must be 1 to {MaxQuantity}.");
        }

        var note = validation.Text("note", request.Note, MaxNoteLength, required: false);
        validation.CheckKey(idempotencyKey);

        validation.ThrowIfInvalid();
        return (sku, request.Quantity!.Value, note);
    }

    public static string ReadAction(OrderActionRequest request, bool reasonRequired)
    {
        var validation = new Validation();
        var reason = validation.Text("reason", request.Reason, MaxReasonLength, reasonRequired);
        validation.ThrowIfInvalid();
        return reason;
    }

    public static (long BudgetCents, string Reason) ReadAdjustment(BudgetAdjustmentRequest request)
    {
        var validation = new Validation();
        var budget = validation.BudgetCents(request.BudgetCents);
        var reason = validation.Text("reason", request.Reason, MaxReasonLength);
        validation.ThrowIfInvalid();
        return (budget, reason);
    }

    public static void EnsureRunning(ChallengeDetails challenge, string what)
    {
        if (challenge.Status != ChallengeStatus.Running)
        {
            throw new DomainException(ProblemTypes.ChallengeNotRunning,
                $"{what} while the challenge is running; it is {ChallengeLifecycle.Name(challenge.Status)} now.");
        }
    }

    public static void EnsureAffordable(long amountCents, long leftCents)
    {
        if (amountCents > leftCents)
        {
            throw OrderRefusals.NotEnoughBudget(amountCents, leftCents);
        }
    }
}
