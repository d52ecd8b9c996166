using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Budgets;

/// <summary>The refusals an order can meet, worded the same wherever they are raised. Clients recognise them by their problem type.</summary>
internal static class OrderRefusals
{
    public static DomainException NotEnoughBudget(long amountCents, long leftCents) =>
        new(ProblemTypes.NotEnoughBudget, $"This order costs {Money.Euro(amountCents)}; the team has {Money.Euro(leftCents)} left.");

    public static DomainException OutOfStock(string itemName, int left, int quantity) =>
        new(ProblemTypes.OutOfStock, $"{left} of '{itemName}' left; this order asks for {quantity}.");

    public static DomainException NotPending(ShopOrder order, string action) =>
        new(ProblemTypes.OrderNotPending,
            $"Only pending orders can be {action}; this order is {order.Status.ToString().ToLowerInvariant()}.");
}
