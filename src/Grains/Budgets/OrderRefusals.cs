namespace ChallengeHub.Grains.Budgets;

/// <summary>The refusals an order can meet, worded the same wherever they are raised. Clients recognise them by title.</summary>
internal static class OrderRefusals
{
    public const string NotEnoughBudgetTitle = "Not enough budget left";
    public const string OutOfStockTitle = "Out of stock";

    public static DomainException NotEnoughBudget(long amountCents, long leftCents) =>
        new(DomainErrorKind.Conflict, NotEnoughBudgetTitle, $"This order costs {Money.Euro(amountCents)}; the team has {Money.Euro(leftCents)} left.");

    public static DomainException OutOfStock(string itemName, int left, int quantity) =>
        new(DomainErrorKind.Conflict, OutOfStockTitle, $"{left} of '{itemName}' left; this order asks for {quantity}.");

    public static DomainException NotPending(ShopOrder order, string action) =>
        new(DomainErrorKind.Conflict, "Order is no longer pending",
            $"Only pending orders can be {action}; this order is {order.Status.ToString().ToLowerInvariant()}.");
}
