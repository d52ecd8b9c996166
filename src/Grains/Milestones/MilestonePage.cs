using System.Collections.Immutable;

namespace ChallengeHub.Grains.Milestones;

/// <summary>
/// A sealed page of a team's milestone log: <see cref="MilestoneLogGrain.PageSize"/> milestones, stored as a state of its
/// own next to the log's state so that a new milestone does not rewrite them.
/// </summary>
[GenerateSerializer, Alias("MilestonePage")]
public sealed class MilestonePage
{
    /// <summary>Oldest first; page n holds the milestones numbered (n - 1) * PageSize + 1 to n * PageSize.</summary>
    [Id(0)]
    public ImmutableArray<LoggedMilestone> Milestones { get; set; } = [];
}
