using System.Collections.Immutable;
using Orleans.Storage;

namespace ChallengeHub.Grains.Milestones;

/// <summary>
/// The sealed pages of one team's milestone log, read and written through ChallengeHub's grain storage under the log's
/// grain id, one state per page. Holds what the pages up to the log's <see cref="MilestoneLogState.SealedPages"/> store,
/// and each page's ETag, so that an erase can rewrite a page without reading it again.
/// </summary>
internal sealed class MilestonePages(IGrainStorage storage, IPersistentState<MilestoneLogState> state, GrainId log)
{
    private readonly List<string?> _etags = [];

    /// <summary>The milestones of the sealed pages, oldest first.</summary>
    public ImmutableArray<LoggedMilestone> Milestones { get; private set; } = [];

    public static string StateName(int page) => $"milestones-page-{page}";

    /// <summary>Reads the pages the log's state says are sealed; any page after them is left from an interrupted seal.</summary>
    public async Task ReadAsync()
    {
        var pages = await Task.WhenAll(Enumerable.Range(1, state.State.SealedPages).Select(ReadPageAsync));
        Milestones = [.. pages.SelectMany(p => p.State?.Milestones ?? [])];
        _etags.Clear();
        _etags.AddRange(pages.Select(p => p.ETag));
    }

    /// <summary>
    /// Seals every full page of the log's open tail: writes each as the page after the sealed ones, then the log's state
    /// with the pages counted and the tail trimmed. That last write is the commit: until it succeeds the tail keeps every
    /// milestone and memory is left as storage has it. A page's row may exist already, from a seal that stopped before the
    /// commit: its row is read first, because storage inserts a state that has no ETag and refuses that when the row exists.
    /// </summary>
    public async Task SealAsync()
    {
        var tail = state.State.Milestones;
        var full = tail.Slice(0, tail.Length / MilestoneLogGrain.PageSize * MilestoneLogGrain.PageSize);
        var etags = new List<string?>();
        for (var start = 0; start < full.Length; start += MilestoneLogGrain.PageSize)
        {
            var number = _etags.Count + etags.Count + 1;
            var page = await ReadPageAsync(number);
            page.State = new MilestonePage { Milestones = full.Slice(start, MilestoneLogGrain.PageSize) };
            await storage.WriteStateAsync(StateName(number), log, page);
            etags.Add(page.ETag);
        }

        if (etags.Count == 0)
        {
            return;
        }

        var sealedPages = state.State.SealedPages;
        state.State.SealedPages += etags.Count;
        state.State.Milestones = tail.Slice(full.Length, tail.Length - full.Length);
        await state.WriteOrUndoAsync(() => (state.State.SealedPages, state.State.Milestones) = (sealedPages, tail));
        Milestones = Milestones.AddRange(full);
        _etags.AddRange(etags);
    }

    /// <summary>
    /// Rewrites each sealed page that <paramref name="change"/> changes. Each page is kept as soon as it is written, so that
    /// what is held here stays what storage holds when a later page fails.
    /// </summary>
    public async Task RewriteAsync(Func<LoggedMilestone, LoggedMilestone> change, Func<LoggedMilestone, bool> changes)
    {
        for (var page = 1; page <= _etags.Count; page++)
        {
            var start = (page - 1) * MilestoneLogGrain.PageSize;
            var milestones = Milestones.Slice(start, MilestoneLogGrain.PageSize);
            if (!milestones.Any(changes))
            {
                continue;
            }

            var changed = milestones.Select(change).ToImmutableArray();
            var stored = new GrainState<MilestonePage>(new MilestonePage { Milestones = changed }, _etags[page - 1]);
            await storage.WriteStateAsync(StateName(page), log, stored);
            _etags[page - 1] = stored.ETag;
            Milestones = Milestones.RemoveRange(start, MilestoneLogGrain.PageSize).InsertRange(start, changed);
        }
    }

    private async Task<GrainState<MilestonePage>> ReadPageAsync(int page)
    {
        var state = new GrainState<MilestonePage>();
        await storage.ReadStateAsync(StateName(page), log, state);
        return state;
    }
}
