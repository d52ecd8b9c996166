namespace ChallengeHub.Grains.Audit;

public sealed class AuditTrailGrain(
    [PersistentState("audit", Constants.StorageName)] IPersistentState<AuditTrailState> state) : Grain, IAuditTrailGrain
{
    /// <summary>
    /// The latest events kept; older ones are let go (their numbers stay taken). With every text at its cap this stays
    /// under 400 KB, well inside one storage entity.
    /// </summary>
    public const int MaxEvents = 500;

    public const int MaxPageSize = 100;

    /// <summary>The key of the trail of events that belong to no challenge.</summary>
    public static readonly Guid StaffWide = Guid.Empty;

    public const int MaxActionLength = 64;
    public const int MaxActorLength = 64;
    public const int MaxAddressLength = 64;
    public const int MaxSubjectLength = 200;
    public const int MaxOutcomeLength = 300;

    public async Task<AuditRecord> AppendAsync(AuditRecord auditRecord)
    {
        var trail = state.State;
        var stored = new AuditRecord(
            trail.LastNumber + 1,
            auditRecord.At,
            Cut(auditRecord.Action, MaxActionLength)!,
            Cut(auditRecord.Actor, MaxActorLength)!,
            Cut(auditRecord.Address, MaxAddressLength),
            Cut(auditRecord.Subject, MaxSubjectLength),
            Cut(auditRecord.Outcome, MaxOutcomeLength));
        var dropped = trail.Events.Count >= MaxEvents ? trail.Events[0] : null;
        if (dropped is not null)
        {
            trail.Events.RemoveAt(0);
        }

        trail.Events.Add(stored);
        trail.LastNumber = stored.Number;
        await state.WriteOrUndoAsync(() =>
        {
            trail.Events.RemoveAt(trail.Events.Count - 1);
            trail.LastNumber--;
            if (dropped is not null)
            {
                trail.Events.Insert(0, dropped);
            }
        });
        return stored;
    }

    public Task<AuditPage> ListAsync(long? before, int limit)
    {
        var take = Math.Clamp(limit, 1, MaxPageSize);
        var older = state.State.Events.Where(e => before is null || e.Number < before).Reverse().Take(take + 1).ToList();
        var page = older.Take(take).ToList();
        return Task.FromResult(new AuditPage([.. page], older.Count > take ? page[^1].Number : null));
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";
}
