using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Kits;

public sealed class KitTemplateGrain(
    [PersistentState("kitTemplate", Constants.StorageName)] IPersistentState<KitTemplateState> state,
    TimeProvider time) : Grain, IKitTemplateGrain
{
    public const int MaxDescriptionLength = 200;

    /// <summary>€10 000 per unit: far above any kit part, low enough to catch a value typed in cents twice.</summary>
    public const int MaxUnitValueCents = 1_000_000;

    /// <summary>Keeps every team's kit, with notes and replacement requests, well inside one storage entity.</summary>
    public const int MaxItems = 200;

    private KitTemplate Current => new(this.GetPrimaryKey(), state.State.Version, state.State.Items, state.State.UpdatedAt);

    public async Task<KitTemplate> GetAsync()
    {
        await FindChallengeAsync();
        return Current;
    }

    public async Task<KitTemplate> SetAsync(SetKitTemplateRequest request)
    {
        var challenge = await FindChallengeAsync();
        var items = Validate(request);
        KitRules.EnsureCanChange(challenge, allowDraft: true);
        if (state.State.Items.SequenceEqual(items))
        {
            return Current;
        }

        var (previousItems, previousVersion, previousUpdatedAt) = (state.State.Items, state.State.Version, state.State.UpdatedAt);
        state.State.Items = items;
        state.State.Version = previousVersion + 1;
        state.State.UpdatedAt = time.GetUtcNow();
        await state.WriteOrUndoAsync(() => (state.State.Items, state.State.Version, state.State.UpdatedAt) = (previousItems, previousVersion, previousUpdatedAt));
        return Current;
    }

    public async Task<Kit> IssueToTeamAsync(Guid teamId)
    {
        var (_, challenge) = await TeamLookup.FindAsync(GrainFactory, this.GetPrimaryKey(), teamId);
        var template = IssuableTemplate(challenge);
        var kit = GrainFactory.GetGrain<IKitGrain>(teamId);
        await kit.IssueAsync(template);
        await MarkIssuedAsync();
        return await kit.GetAsync(challenge.Id);
    }

    public async Task<Kit?> IssueToNewTeamAsync(Guid teamId) => state.State.Issued ? await IssueToTeamAsync(teamId) : null;

    public async Task<IssueKitsResult> IssueToAllAsync()
    {
        var challenge = await FindChallengeAsync();
        var template = IssuableTemplate(challenge);
        var teams = await GrainFactory.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync();
        var outcomes = await Task.WhenAll(teams.Select(team => GrainFactory.GetGrain<IKitGrain>(team.Id).IssueAsync(template)));
        await MarkIssuedAsync();
        return new(
            outcomes.Count(o => o == KitIssueOutcome.Issued),
            outcomes.Count(o => o == KitIssueOutcome.Updated),
            outcomes.Count(o => o == KitIssueOutcome.Unchanged));
    }

    public async Task<ImmutableArray<TeamKitIssues>> ListOpenIssuesAsync()
    {
        var teams = await GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey()).GetTeamsAsync();
        var issues = await Task.WhenAll(teams.Select(async team => (Team: team, Issues: await GrainFactory.GetGrain<IKitGrain>(team.Id).GetOpenIssuesAsync())));
        return
        [
            .. issues.Where(t => !t.Issues.IsEmpty)
                .OrderBy(t => t.Team.Name, NameOrder.Comparer)
                .ThenBy(t => t.Team.Id)
                .Select(t => new TeamKitIssues(t.Team.Id, t.Team.Name, t.Team.School, t.Issues.Items, t.Issues.OpenReplacements)),
        ];
    }

    public async Task<ImmutableArray<TeamReference>> ListTeamsWithoutKitAsync()
    {
        var challenge = await FindChallengeAsync();
        var teams = await GrainFactory.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync();
        var kits = await Task.WhenAll(teams.Select(async team => (Team: team, Kit: await GrainFactory.GetGrain<IKitGrain>(team.Id).GetAsync(challenge.Id))));
        return
        [
            .. kits.Where(k => k.Kit.IssuedAt is null)
                .OrderBy(k => k.Team.Name, NameOrder.Comparer)
                .ThenBy(k => k.Team.Id)
                .Select(k => new TeamReference(k.Team.Id, k.Team.Name, k.Team.School)),
        ];
    }

    private async Task MarkIssuedAsync()
    {
        if (!state.State.Issued)
        {
            state.State.Issued = true;
            await state.WriteOrUndoAsync(() => state.State.Issued = false);
        }
    }

    private async Task<ChallengeDetails> FindChallengeAsync() =>
        await GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey()).GetAsync()
            ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, this.GetPrimaryKey());

    private KitTemplate IssuableTemplate(ChallengeDetails challenge)
    {
        if (state.State.Items.IsEmpty)
        {
            throw new DomainException(ProblemTypes.NoKitTemplate, "Set the kit template of this challenge before issuing kits.");
        }

        KitRules.EnsureCanChange(challenge);
        return Current;
    }

    private static ImmutableArray<KitTemplateItem> Validate(SetKitTemplateRequest request)
    {
        var validation = new Validation();
        var requested = request.Items ?? [];
        if (requested.Length == 0)
        {
            validation.Add("items", "items needs at least one item.");
        }
        else if (requested.Length > MaxItems)
        {
            validation.Add("items", $"A kit holds at most {MaxItems} items.");
            validation.ThrowIfInvalid();
        }

        var partNumbers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var items = ImmutableArray.CreateBuilder<KitTemplateItem>(requested.Length);
        for (var index = 0; index < requested.Length; index++)
        {
            var field = $"items[{index}]";
            if (requested[index] is not { } item)
            {
                validation.Add(field, $"{field} must be an item.");
                continue;
            }

            var partNumber = validation.Text($"{field}.partNumber", item.PartNumber, KitRules.MaxPartNumberLength);
            if (partNumber.Length is > 0 and <= KitRules.MaxPartNumberLength && !KitRules.IsWellFormedPartNumber(partNumber))
            {
                validation.Add($"{field}.partNumber", "partNumber may only hold letters, digits, '.', '-' and '_', starting with a letter or digit.");
            }
            else if (partNumber.Length > 0 && !partNumbers.Add(partNumber))
            {
                validation.Add($"{field}.partNumber", $"Part number '{partNumber}' appears more than once.");
            }

            var description = validation.Text($"{field}.description", item.Description, MaxDescriptionLength);
            if (item.Quantity is not (>= 1 and <= KitRules.MaxQuantity))
            {
                validation.Add($"{field}.quantity", $"quantity must be 1 to {KitRules.MaxQuantity}.");
            }

            if (item.UnitValueCents is < 0 or > MaxUnitValueCents)
            {
                validation.Add($"{field}.unitValueCents", $"unitValueCents must be 0 to {MaxUnitValueCents} (euro cents).");
            }

            items.Add(new(partNumber, description, item.Quantity ?? 0, item.UnitValueCents));
        }

        validation.ThrowIfInvalid();
        return items.ToImmutable();
    }
}
