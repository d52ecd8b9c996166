using System.Collections.Immutable;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Kits;

public sealed class KitGrain(
    [PersistentState("kit", Constants.StorageName)] IPersistentState<KitState> state,
    TimeProvider time) : Grain, IKitGrain
{
    public const int MaxNoteLength = 300;
    public const int MaxReasonLength = 300;

    /// <summary>Two requests for every item of the largest kit; keeps the kit inside one storage entity.</summary>
    public const int MaxReplacements = 2 * KitTemplateGrain.MaxItems;

    public async Task<KitIssueOutcome> IssueAsync(KitTemplate kitTemplate)
    {
        if (state.State.IssuedAt is not null && state.State.TemplateVersion == kitTemplate.Version)
        {
            return KitIssueOutcome.Unchanged;
        }

        var previous = (state.State.ChallengeId, state.State.IssuedAt, state.State.TemplateVersion, state.State.Items);
        var issued = state.State.Items;
        state.State.ChallengeId = kitTemplate.ChallengeId;
        state.State.IssuedAt ??= time.GetUtcNow();
        state.State.TemplateVersion = kitTemplate.Version;
        state.State.Items =
        [
            .. kitTemplate.Items.Select(item => issued.FirstOrDefault(i => KitRules.SamePart(i.PartNumber, item.PartNumber)) is { } had ? had.Follow(item) : IssuedKitItem.From(item)),

            // An item the template dropped stays where the coach already checked it in: its story (and any issue) is not erased.
            .. issued.Where(i => i.Status != KitItemStatus.NotCheckedIn && !kitTemplate.Items.Any(item => KitRules.SamePart(item.PartNumber, i.PartNumber))),
        ];
        await state.WriteOrUndoAsync(() => (state.State.ChallengeId, state.State.IssuedAt, state.State.TemplateVersion, state.State.Items) = previous);
        return previous.IssuedAt is null ? KitIssueOutcome.Issued : KitIssueOutcome.Updated;
    }

    public async Task<Kit> GetAsync(Guid challengeId)
    {
        await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        return new(this.GetPrimaryKey(), challengeId, state.State.IssuedAt, [.. state.State.Items.Select(ToView)],
            [.. state.State.Replacements.Select(r => r.Replacement)]);
    }

    public async Task<KitItem> CheckInAsync(Guid challengeId, string partNumber, CheckInKitItemRequest request)
    {
        var (_, challenge) = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        var validation = new Validation();
        var status = ParseStatus(validation, request.Status);
        var note = validation.Text("note", request.Note, MaxNoteLength, required: false);
        if (status == KitItemStatus.Received && request.Quantity is not null)
        {
            validation.Add("quantity", "quantity counts what is missing or damaged; leave it out for a received item.");
        }
        else if (request.Quantity is not (null or (>= 1 and <= KitRules.MaxQuantity)))
        {
            validation.Add("quantity", $"quantity must be 1 to {KitRules.MaxQuantity}.");
        }

        validation.ThrowIfInvalid();
        var index = KitRules.IndexOf(state.State.Items, i => KitRules.SamePart(i.PartNumber, partNumber.Trim()));
        if (index < 0)
        {
            throw new DomainException(ProblemTypes.KitItemNotFound, $"This team's kit has no item '{partNumber}'.");
        }

        var item = state.State.Items[index];
        var affected = status == KitItemStatus.Received ? 0 : request.Quantity ?? item.Quantity;
        if (affected > item.Quantity)
        {
            throw DomainException.Invalid(ImmutableDictionary<string, string[]>.Empty.Add("quantity", [$"The kit holds {item.Quantity} of '{item.PartNumber}'."]));
        }

        KitRules.EnsureCanChange(challenge);
        if (item.Status == status && item.AffectedQuantity == affected && item.Note == note)
        {
            return ToView(item);
        }

        // A note alone does not reopen an issue; another status or count is a new check-in that a replacement must answer.
        var findingChanged = item.Status != status || item.AffectedQuantity != affected;
        var (previousItems, previousCheckIns) = (state.State.Items, state.State.CheckIns);
        if (findingChanged)
        {
            state.State.CheckIns++;
        }

        var checkedIn = item with
        {
            Status = status,
            AffectedQuantity = affected,
            Note = note,
            CheckedInAt = time.GetUtcNow(),
            CheckIn = findingChanged ? state.State.CheckIns : item.CheckIn,
        };
        state.State.Items = previousItems.SetItem(index, checkedIn);
        await state.WriteOrUndoAsync(() => (state.State.Items, state.State.CheckIns) = (previousItems, previousCheckIns));
        await new SeasonChange(challengeId, SeasonChangeKind.KitCheckedIn).PublishAsync(GrainFactory);
        return ToView(checkedIn);
    }

    public async Task<KitReplacement> RequestReplacementAsync(Guid challengeId, RequestReplacementRequest request, string? idempotencyKey)
    {
        var (_, challenge) = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        var validation = new Validation();
        var partNumber = validation.Text("partNumber", request.PartNumber, KitRules.MaxPartNumberLength);
        var reason = validation.Text("reason", request.Reason, MaxReasonLength);
        if (request.Quantity is not (>= 1 and <= KitRules.MaxQuantity))
        {
            validation.Add("quantity", $"quantity must be 1 to {KitRules.MaxQuantity}.");
        }

        validation.CheckKey(idempotencyKey);

        validation.ThrowIfInvalid();
        var quantity = request.Quantity!.Value;
        var item = state.State.Items.FirstOrDefault(i => KitRules.SamePart(i.PartNumber, partNumber))
            ?? throw new DomainException(ProblemTypes.UnknownKitItem, $"This team's kit has no item '{partNumber}'.");
        if (quantity > item.Quantity)
        {
            throw DomainException.Invalid(ImmutableDictionary<string, string[]>.Empty.Add("quantity", [$"The kit holds {item.Quantity} of '{item.PartNumber}'."]));
        }

        if (Idempotency.FindRetry(state.State.Replacements, idempotencyKey, r => r.Repeats(partNumber, quantity, reason), "replacement request") is { } earlier)
        {
            return earlier.Replacement;
        }

        KitRules.EnsureCanChange(challenge);
        if (!IsOpenIssue(item))
        {
            throw new DomainException(ProblemTypes.NothingToReplace,
                $"'{item.PartNumber}' is not checked in as missing or damaged (or its replacement was delivered). Check it in first.");
        }

        if (state.State.Replacements.Any(r => KitRules.SamePart(r.Replacement.PartNumber, item.PartNumber) && r.Replacement.DeliveredAt is null))
        {
            throw new DomainException(ProblemTypes.ReplacementRequested,
                $"A replacement for '{item.PartNumber}' is on its way; the organiser marks it delivered.");
        }

        if (state.State.Replacements.Length >= MaxReplacements)
        {
            throw new DomainException(ProblemTypes.TooManyReplacements, $"A kit can hold up to {MaxReplacements} replacement requests.");
        }

        var replacement = new KitReplacement(Guid.NewGuid(), item.PartNumber, quantity, reason, time.GetUtcNow(), null);
        var previous = state.State.Replacements;
        state.State.Replacements = previous.Add(new(replacement, item.CheckIn, idempotencyKey));
        await state.WriteOrUndoAsync(() => state.State.Replacements = previous);
        return replacement;
    }

    public async Task<KitReplacement> MarkDeliveredAsync(Guid challengeId, Guid replacementId)
    {
        var (_, challenge) = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        var index = KitRules.IndexOf(state.State.Replacements, r => r.Replacement.Id == replacementId);
        if (index < 0)
        {
            throw DomainException.NotFound(ProblemTypes.ReplacementRequestNotFound, replacementId);
        }

        var stored = state.State.Replacements[index];
        if (stored.Replacement.DeliveredAt is not null)
        {
            return stored.Replacement;
        }

        KitRules.EnsureCanChange(challenge);
        var delivered = stored with { Replacement = stored.Replacement with { DeliveredAt = time.GetUtcNow() } };
        var previous = state.State.Replacements;
        state.State.Replacements = previous.SetItem(index, delivered);
        await state.WriteOrUndoAsync(() => state.State.Replacements = previous);
        return delivered.Replacement;
    }

    public Task<KitIssues> GetOpenIssuesAsync() => Task.FromResult(new KitIssues(
        [.. state.State.Items.Where(IsOpenIssue).Select(ToView)],
        [.. state.State.Replacements.Select(r => r.Replacement).Where(r => r.DeliveredAt is null)]));

    private bool IsOpenIssue(IssuedKitItem item) =>
        item.IsMissingOrDamaged && !state.State.Replacements.Any(r =>
            r.CheckIn == item.CheckIn && r.Replacement.DeliveredAt is not null && KitRules.SamePart(r.Replacement.PartNumber, item.PartNumber));

    private KitItem ToView(IssuedKitItem item) =>
        new(item.PartNumber, item.Description, item.Quantity, item.UnitValueCents, item.Status, item.AffectedQuantity, item.Note, item.CheckedInAt, IsOpenIssue(item));

    private static KitItemStatus ParseStatus(Validation validation, string? value)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "received":
                return KitItemStatus.Received;
            case "missing":
                return KitItemStatus.Missing;
            case "damaged":
                return KitItemStatus.Damaged;
            default:
                validation.Add("status", "status must be 'received', 'missing' or 'damaged'.");
                return default;
        }
    }
}
