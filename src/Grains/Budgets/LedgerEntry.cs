using System.Collections.Immutable;

namespace ChallengeHub.Grains.Budgets;

[Alias("LedgerEntryKind")]
public enum LedgerEntryKind
{
    /// <summary>The team's own budget was set; the amount is the change.</summary>
    BudgetAdjusted,

    /// <summary>Pupils ordered; nothing is spent until the coach approves.</summary>
    Ordered,

    /// <summary>The coach approved: the amount leaves the budget.</summary>
    Approved,

    Rejected,
    Cancelled,

    /// <summary>The coach took an approved order back: the amount returns to the budget.</summary>
    Returned,
}

/// <summary>
/// One movement of a team's budget or orders: who (<see cref="ActorId"/> is the signed-in pupil or account), when, what and why.
/// <see cref="AmountCents"/> is negative when spent.
/// </summary>
[GenerateSerializer, Immutable, Alias("LedgerEntry")]
public sealed record LedgerEntry(int Number, DateTimeOffset At, string Actor, LedgerEntryKind Kind, long AmountCents, Guid? OrderId, string What, string Why,
    Guid? ActorId = null);

/// <summary>
/// What a team has to spend and what it did with it. <see cref="BudgetCents"/> is the challenge's default unless the team's own
/// was set; <see cref="LeftCents"/> never goes below zero. Orders and ledger are newest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("TeamBudget")]
public sealed record TeamBudget(
    Guid ChallengeId,
    Guid TeamId,
    long BudgetCents,
    bool OwnBudget,
    long SpentCents,
    long LeftCents,
    ImmutableArray<ShopOrder> Orders,
    ImmutableArray<LedgerEntry> Ledger);
