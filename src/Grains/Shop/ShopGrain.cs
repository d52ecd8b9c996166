using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Shop;

public sealed partial class ShopGrain(
    [PersistentState("shop", Constants.StorageName)] IPersistentState<ShopState> state) : Grain, IShopGrain
{
    public const int MaxItems = 200;
    public const int MaxSkuLength = 40;
    public const int MaxNameLength = 80;
    public const int MaxDescriptionLength = 500;
    public const long MaxUnitPriceCents = 1_000_000;
    public const int MaxStockLimit = 100_000;
    public const long MaxBudgetCents = 10_000_000;

    /// <summary>
    /// Approved orders holding stock at once: 200 teams with 50 each. The shop keeps only their ids (about 18 bytes each in
    /// storage), so even a full shop with a full catalogue stays at about 315 kB, well inside one storage entity.
    /// </summary>
    public const int MaxReservations = 10_000;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        state.State.FoldReservations();
        return Task.CompletedTask;
    }

    public async Task<ShopCatalogue> GetAsync()
    {
        await FindChallengeAsync();
        return Catalogue();
    }

    public async Task<ShopCatalogue> SetCatalogueAsync(SetCatalogueRequest request)
    {
        await FindChallengeForSetupAsync();
        var items = ReadItems(request.Items ?? []);
        foreach (var (sku, taken) in state.State.TakenBySku)
        {
            var item = items.FirstOrDefault(i => i.Sku == sku);
            if (item is null)
            {
                throw new DomainException(ProblemTypes.ItemInApprovedOrders,
                    $"Approved orders hold {taken} of '{sku}'; keep it in the catalogue (a stock limit of {taken} stops new orders).");
            }

            if (item.StockLimit < taken)
            {
                throw new DomainException(ProblemTypes.StockBelowApproved,
                    $"Approved orders already took {taken} of '{sku}'; its stock limit can be {taken} or more.");
            }
        }

        var previous = state.State.Items;
        state.State.Items = items;
        await state.WriteOrUndoAsync(() => state.State.Items = previous);
        return Catalogue();
    }

    public async Task<ShopCatalogue> SetDefaultBudgetAsync(SetDefaultBudgetRequest request)
    {
        await FindChallengeForSetupAsync();
        var validation = new Validation();
        var budget = validation.BudgetCents(request.BudgetCents);
        validation.ThrowIfInvalid();
        if (budget < state.State.DefaultBudgetCents && !state.State.Holding.IsEmpty)
        {
            throw new DomainException(ProblemTypes.BudgetAlreadySpent,
                "Approved orders already spent from the default budget, so it can only be raised now. Set a team's own budget to give it less.");
        }

        var previous = state.State.DefaultBudgetCents;
        state.State.DefaultBudgetCents = budget;
        await state.WriteOrUndoAsync(() => state.State.DefaultBudgetCents = previous);
        return Catalogue();
    }

    public async Task<ReservationOutcome> ReserveAsync(Guid orderId, string sku, int quantity, long? assumedDefaultBudgetCents)
    {
        if (state.State.Holds(orderId))
        {
            return ReservationOutcome.Reserved;
        }

        var item = state.State.Items.FirstOrDefault(i => i.Sku == sku);
        if (item is null)
        {
            return ReservationOutcome.UnknownItem;
        }

        if (assumedDefaultBudgetCents > state.State.DefaultBudgetCents)
        {
            return ReservationOutcome.BudgetLowered;
        }

        if (item.StockLimit is { } limit && state.State.Taken(sku) + quantity > limit)
        {
            return ReservationOutcome.OutOfStock;
        }

        if (state.State.Holding.Count >= MaxReservations)
        {
            throw new DomainException(ProblemTypes.ShopFull, $"A shop keeps at most {MaxReservations} approved orders.");
        }

        await ChangeStockAsync(() => state.State.Take(orderId, sku, quantity));
        return ReservationOutcome.Reserved;
    }

    public async Task ReleaseAsync(Guid orderId, string sku, int quantity)
    {
        if (state.State.Holds(orderId))
        {
            await ChangeStockAsync(() => state.State.Give(orderId, sku, quantity));
        }
    }

    private async Task ChangeStockAsync(Action change)
    {
        var previous = (state.State.Holding, state.State.TakenBySku);
        change();
        await state.WriteOrUndoAsync(() => (state.State.Holding, state.State.TakenBySku) = previous);
    }

    private ShopCatalogue Catalogue() => new(this.GetPrimaryKey(), state.State.DefaultBudgetCents,
        [.. state.State.Items.Select(i => new ShopItem(i.Sku, i.Name, i.Description, i.UnitPriceCents, i.StockLimit, i.StockLimit - state.State.Taken(i.Sku)))]);

    private async Task<ChallengeDetails> FindChallengeAsync() =>
        await GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey()).GetAsync() ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, this.GetPrimaryKey());

    private async Task FindChallengeForSetupAsync() =>
        ShopRules.EnsureBeforeShowcase(await FindChallengeAsync(), ProblemTypes.ShopClosed, "The shop can be set up");

    private static ImmutableArray<CatalogueItem> ReadItems(CatalogueItemRequest?[] requests)
    {
        var validation = new Validation();
        if (requests.Length > MaxItems)
        {
            validation.Add("items", $"A catalogue holds at most {MaxItems} items.");
            validation.ThrowIfInvalid();
        }

        var items = new List<CatalogueItem>();
        for (var index = 0; index < requests.Length; index++)
        {
            var field = $"items[{index}]";
            if (requests[index] is not { } request)
            {
                validation.Add(field, $"{field} is required.");
                continue;
            }

            var sku = validation.Text($"{field}.sku", request.Sku, MaxSkuLength);
            if (sku.Length > 0 && !SkuPattern().IsMatch(sku))
            {
                validation.Add($"{field}.sku", "A sku uses letters, digits, '.', '-' and '_' only.");
            }
            else if (items.Any(i => string.Equals(i.Sku, sku, StringComparison.OrdinalIgnoreCase)))
            {
                validation.Add($"{field}.sku", $"Sku '{sku}' appears more than once.");
            }

            var name = validation.Text($"{field}.name", request.Name, MaxNameLength);
            var description = validation.Text($"{field}.description", request.Description, MaxDescriptionLength, required: false);
            if (request.UnitPriceCents is not (> 0 and <= MaxUnitPriceCents))
            {
                validation.Add($"{field}.unitPriceCents", $"unitPriceCents must be 1 to {MaxUnitPriceCents} (euro cents).");
            }

            if (request.StockLimit is < 0 or > MaxStockLimit)
            {
                validation.Add($"{field}.stockLimit", $"stockLimit must be 0 to {MaxStockLimit}, or left out for no limit.");
            }

            items.Add(new(sku, name, description, request.UnitPriceCents ?? 0, request.StockLimit));
        }

        validation.ThrowIfInvalid();
        return [.. items.OrderBy(i => i.Sku, StringComparer.Ordinal)];
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SkuPattern();
}
