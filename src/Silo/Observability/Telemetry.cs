using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Silo.Observability;

/// <summary>
/// Every meter and activity source ChallengeHub records or listens to, named once here, and ChallengeHub's own instruments.
/// Instruments carry the challenge id (and wall deliveries the kind of change): a deployment runs a handful of challenges,
/// so the series stay few.
/// </summary>
public sealed class Telemetry
{
    /// <summary>ChallengeHub's own meter and activity source.</summary>
    public const string Name = "ChallengeHub";

    public const string ChallengeTag = "challenge";

    public const string KindTag = "kind";

    /// <summary>The activity source of ChallengeHub's own spans (the hub send of a wall delta).</summary>
    public static readonly ActivitySource Activities = new(Name);

    /// <summary>
    /// Spans exported: the HTTP request (ASP.NET Core's instrumentation), grain calls (Orleans' sources, with activity
    /// propagation on the silo), table and blob calls (the Azure SDK's sources, once switched on) and the hub send.
    /// </summary>
    public static readonly string[] ActivitySources =
        [Name, "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Microsoft.Orleans.Storage", "Azure.*"];

    /// <summary>
    /// Meters exported: ours; Orleans' own (activations, messaging, storage errors); ASP.NET Core's request duration,
    /// Kestrel's connections and SignalR's hub connections (<c>signalr.server.active_connections</c>).
    /// </summary>
    public static readonly string[] Meters =
        [Name, "Microsoft.Orleans", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections"];

    private readonly Counter<long> _milestones;
    private readonly Counter<long> _badges;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _showcaseEntries;
    private readonly Histogram<double> _deliveryLag;

    public Telemetry(IMeterFactory meters, WallFeedBacklog backlog)
    {
        var meter = meters.Create(Name);
        _milestones = meter.CreateCounter<long>("challengehub.milestones.logged", "{milestone}", "Milestones pupils and coaches logged");
        _badges = meter.CreateCounter<long>("challengehub.badges.awarded", "{badge}", "Competence badges jurors awarded");
        _deliveries = meter.CreateCounter<long>("challengehub.wall.deliveries", "{delta}", "Wall deltas this silo sent to its watchers");
        _showcaseEntries = meter.CreateCounter<long>("challengehub.showcase.entries.built", "{entry}",
            "Showcase entries of a changed team this silo built, because its connections watch that showcase");
        _deliveryLag = meter.CreateHistogram<double>("challengehub.wall.delivery.lag", "s", "From a change stored to its wall delta sent to the watchers",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
        meter.CreateObservableGauge("challengehub.wall.feed.backlog",
            () => backlog.PerWall().Select(wall => new Measurement<int>(wall.Behind, Tag(wall.ChallengeId))),
            "{entry}", "Stored milestones and badges that a wall has not acknowledged yet, from the team feeds active on this silo");
    }

    public void MilestoneLogged(Guid challengeId) => _milestones.Add(1, Tag(challengeId));

    public void BadgeAwarded(Guid challengeId) => _badges.Add(1, Tag(challengeId));

    public void ShowcaseEntryBuilt(Guid challengeId) => _showcaseEntries.Add(1, Tag(challengeId));

    /// <summary>A wall delta reached this silo's watchers <paramref name="lag"/> after its change was stored.</summary>
    public void DeltaDelivered(Guid challengeId, WallDeltaKind kind, TimeSpan? lag)
    {
        var tags = new TagList { Tag(challengeId), { KindTag, JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()) } };
        _deliveries.Add(1, tags);
        if (lag is { } stored)
        {
            _deliveryLag.Record(Math.Max(0, stored.TotalSeconds), tags);
        }
    }

    private static KeyValuePair<string, object?> Tag(Guid challengeId) => new(ChallengeTag, challengeId.ToString());
}
