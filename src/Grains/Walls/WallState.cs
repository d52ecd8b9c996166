using System.Collections.Immutable;

namespace ChallengeHub.Grains.Walls;

[GenerateSerializer, Alias("WallState")]
public sealed class WallState
{
    [Id(0)]
    public string? Title { get; set; }

    [Id(1)]
    public ImmutableArray<string> CompetenceIds { get; set; } = [];

    /// <summary>The sequence number of the last applied change; 0 before the first.</summary>
    [Id(2)]
    public long Sequence { get; set; }

    /// <summary>Kept in name order.</summary>
    [Id(3)]
    public List<WallTeamEntry> Teams { get; set; } = [];

    [Id(4)]
    public int MilestonesLogged { get; set; }

    [Id(5)]
    public int BadgesAwarded { get; set; }

    /// <summary>The day in Brussels that the teams' <see cref="WallTeamEntry.ShownToday"/> belong to.</summary>
    [Id(6)]
    public DateOnly CountedDay { get; set; }

    /// <summary>
    /// Which run of sequence numbers <see cref="Sequence"/> belongs to. It goes up by one whenever the wall activates from a
    /// state that was not written when it last stopped (its silo died while changes were waiting for their group commit), so
    /// that a sequence number handed out before is never handed out again with other content.
    /// </summary>
    [Id(7)]
    public long Epoch { get; set; }

    /// <summary>True only when the last activation wrote everything it had before it stopped; set to false again on activation.</summary>
    [Id(8)]
    public bool Clean { get; set; }
}

[GenerateSerializer, Alias("WallTeamEntry")]
public sealed class WallTeamEntry
{
    [Id(0)]
    public Guid Id { get; set; }

    [Id(1)]
    public string Name { get; set; } = string.Empty;

    [Id(2)]
    public string School { get; set; } = string.Empty;

    [Id(3)]
    public Dictionary<string, int> Levels { get; set; } = [];

    /// <summary>Newest first, at most <see cref="WallGrain.RecentMilestones"/>.</summary>
    [Id(4)]
    public ImmutableArray<WallMilestone> Recent { get; set; } = [];

    /// <summary>The number of the last milestone from the team's log applied here; repeats are ignored.</summary>
    [Id(5)]
    public int LastMilestoneNumber { get; set; }

    /// <summary>The number of the last badge from the team's profile applied here; repeats are ignored.</summary>
    [Id(6)]
    public int LastBadgeNumber { get; set; }

    /// <summary>The team's pupils; a nickname only for those who consented to the wall.</summary>
    [Id(7)]
    public List<WallMember> Members { get; set; } = [];

    /// <summary>Who logged each of the <see cref="Recent"/> milestones (milestone id → pupil id); kept here, never shown.</summary>
    [Id(8)]
    public Dictionary<Guid, Guid> Authors { get; set; } = [];

    /// <summary>
    /// The framework's competences the team showed on <see cref="WallState.CountedDay"/> in a milestone or badge: bit i stands
    /// for <see cref="WallState.CompetenceIds"/>[i]. Eight bytes a team, where their ids would take up to a kilobyte; a
    /// framework has at most <see cref="Challenges.FrameworkRules.MaxCompetences"/> (20) competences.
    /// </summary>
    [Id(9)]
    public ulong ShownToday { get; set; }

    /// <summary>
    /// The photo of the newest milestone whose photo could be shown when it reached the wall, or, while none could, of the
    /// newest milestone with a photo; shown while consent allows.
    /// </summary>
    [Id(10)]
    public WallPhoto? Photo { get; set; }

    /// <summary>The team's milestones on the wall, summed over a venue's teams for that venue's counters; never shown per team.</summary>
    [Id(11)]
    public int MilestonesLogged { get; set; }

    /// <summary>The team's badges that stand, summed like <see cref="MilestonesLogged"/>.</summary>
    [Id(12)]
    public int BadgesStanding { get; set; }

    public WallTeam ToCard(ImmutableArray<string> competenceIds) =>
        new(Id, Name, School, [.. competenceIds.Select(c => new CompetenceLevel(c, Levels.GetValueOrDefault(c)))], [.. Recent.Select(Shown)],
            [.. Members.Select(m => m.Nickname).OfType<string>().Order(NameOrder.Comparer)], Members.Count,
            Photo is { } photo && MayShow(photo) ? photo.PhotoId : null);

    /// <summary>
    /// A milestone's photo shows on the public wall only when the pupil who logged it consented to the wall and to photos, and
    /// the pupil who took it (when another pupil) to photos. A milestone without author (logged by the coach or organiser, or
    /// its author erased) follows the team's rule for photos, as in the showcase: a photo the coach or organiser uploaded is
    /// the team's; a pupil's photo needs that pupil's consent to photos. A pupil no longer in the team consents to nothing.
    /// </summary>
    public bool MayShow(WallPhoto photo) =>
        (photo.AuthorId is not { } author || Members.Find(m => m.PupilId == author) is { Nickname: not null, Photos: true })
        && (photo.UploadedBy is not { } uploader || Members.Find(m => m.PupilId == uploader) is { Photos: true });

    /// <summary>
    /// The milestone as consent allows at this moment: a pupil's milestone with its title, story and author's nickname only
    /// while its author consents to the wall; a milestone of the team (logged by the coach or organiser) as it is.
    /// </summary>
    public WallMilestone Shown(WallMilestone milestone)
    {
        if (milestone.WordsWithheld || !Authors.TryGetValue(milestone.Id, out var author))
        {
            return milestone;
        }

        return Members.Find(m => m.PupilId == author)?.Nickname is { } nickname ? milestone with { Author = nickname } : milestone.Withheld();
    }
}
