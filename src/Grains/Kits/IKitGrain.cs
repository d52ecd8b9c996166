namespace ChallengeHub.Grains.Kits;

/// <summary>A team's kit: the items issued to it, their check-in and replacement requests. Keyed by team id.</summary>
[Alias("IKitGrain")]
public interface IKitGrain : IGrainWithGuidKey
{
    /// <summary>Brings the kit to <paramref name="kitTemplate"/>; only the challenge's <see cref="IKitTemplateGrain"/> calls this.</summary>
    [Alias("Issue")]
    Task<KitIssueOutcome> IssueAsync(KitTemplate kitTemplate);

    /// <summary>The kit; 404 when the team does not belong to <paramref name="challengeId"/>.</summary>
    [Alias("Get")]
    Task<Kit> GetAsync(Guid challengeId);

    /// <summary>Records what the coach found for one item. Repeating the same check-in changes nothing.</summary>
    [Alias("CheckIn")]
    Task<KitItem> CheckInAsync(Guid challengeId, string partNumber, CheckInKitItemRequest request);

    /// <summary>
    /// Requests a replacement for an item checked in as missing or damaged. Honours an <paramref name="idempotencyKey"/>
    /// the way <see cref="Milestones.IMilestoneLogGrain.LogAsync"/> does.
    /// </summary>
    [Alias("RequestReplacement")]
    Task<KitReplacement> RequestReplacementAsync(Guid challengeId, RequestReplacementRequest request, string? idempotencyKey);

    /// <summary>Marks a replacement as delivered, which closes the item's issue. Marking it again changes nothing.</summary>
    [Alias("MarkDelivered")]
    Task<KitReplacement> MarkDeliveredAsync(Guid challengeId, Guid replacementId);

    /// <summary>The kit's open issues; only the challenge's <see cref="IKitTemplateGrain"/> calls this, for teams it knows.</summary>
    [Alias("GetOpenIssues")]
    Task<KitIssues> GetOpenIssuesAsync();
}
