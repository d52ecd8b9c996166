namespace ChallengeHub.Grains.Audit;

/// <summary>
/// The audit trail of one challenge, keyed by its id, or of the events that belong to no challenge (such as a staff
/// sign-in that failed). Keeps the latest <see cref="AuditTrailGrain.MaxEvents"/> events.
/// <see cref="AuditTrailGrain.StaffWide"/> keys the trail of events without a challenge.
/// </summary>
[Alias("IAuditTrailGrain")]
public interface IAuditTrailGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Stores the event under the next number (the given <see cref="AuditRecord.Number"/> is ignored); texts longer than
    /// the trail keeps are cut. Returns the event as stored.
    /// </summary>
    [Alias("Append")]
    Task<AuditRecord> AppendAsync(AuditRecord auditRecord);

    /// <summary>Up to <paramref name="limit"/> events, newest first, all older than number <paramref name="before"/> when given.</summary>
    [Alias("List")]
    Task<AuditPage> ListAsync(long? before, int limit);
}
