namespace ChallengeHub.Grains.Audit;

[GenerateSerializer, Alias("AuditTrailState")]
public sealed class AuditTrailState
{
    /// <summary>The number of the latest event ever stored, also when older events were let go.</summary>
    [Id(0)]
    public long LastNumber { get; set; }

    /// <summary>The events kept, oldest first.</summary>
    [Id(1)]
    public List<AuditRecord> Events { get; set; } = [];
}
