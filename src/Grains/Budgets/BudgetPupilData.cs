using System.Text.Json;
using ChallengeHub.Grains.Privacy;

namespace ChallengeHub.Grains.Budgets;

/// <summary>
/// What a team's budget keeps about a pupil: the orders they placed (with their note, in their words) and the decisions and
/// ledger lines that carry their name.
/// </summary>
internal static class BudgetPupilData
{
    public static bool HasAny(BudgetState budget, Guid pupilId) =>
        budget.Orders.Any(o => o.Order.OrderedById == pupilId || o.Order.DecidedById == pupilId) || budget.Ledger.Any(e => e.ActorId == pupilId);

    /// <summary>The pupil's orders and ledger lines; none for <c>null</c> (a pupil of another team).</summary>
    public static PupilRecords Export(BudgetState budget, Guid? pupilId)
    {
        var orders = budget.Orders.Select(o => o.Order).Where(o => pupilId is not null && (o.OrderedById == pupilId || o.DecidedById == pupilId))
            .Select(o => new { o.Id, o.ItemName, o.Quantity, o.AmountCents, o.Note, o.OrderedBy, o.OrderedAt, o.Status, o.DecidedBy, o.DecidedAt, o.Reason });
        var ledger = budget.Ledger.Where(e => pupilId is not null && e.ActorId == pupilId).Select(e => new { e.At, e.Actor, e.Kind, e.What, e.Why });
        object records = orders.Any() || ledger.Any() ? new[] { new { orders, ledger } } : Array.Empty<object>();
        return new PupilRecords("orders", JsonSerializer.Serialize(records, PupilJson.Options));
    }

    /// <summary>
    /// The orders stay (the budget's sums rest on them), without the pupil's name and note; their ledger lines keep the
    /// amounts without their name or words.
    /// </summary>
    public static void Erase(BudgetState budget, Guid pupilId)
    {
        budget.Orders = [.. budget.Orders.Select(stored => stored with { Order = Forget(stored.Order, pupilId) })];
        budget.Ledger = [.. budget.Ledger.Select(e => e.ActorId == pupilId ? e with { Actor = string.Empty, ActorId = null, Why = string.Empty } : e)];
    }

    private static ShopOrder Forget(ShopOrder order, Guid pupilId)
    {
        if (order.OrderedById == pupilId)
        {
            order = order with { OrderedBy = string.Empty, OrderedById = null, Note = string.Empty };
        }

        return order.DecidedById == pupilId ? order with { DecidedBy = string.Empty, DecidedById = null, Reason = null } : order;
    }
}
