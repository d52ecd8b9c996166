using System.Collections.Immutable;

namespace ChallengeHub.Grains.Walls;

[Alias("WallDeltaKind")]
public enum WallDeltaKind
{
    /// <summary><see cref="WallDelta.Team"/> holds the new team's card.</summary>
    TeamRegistered,

    /// <summary>
    /// <see cref="WallDelta.Milestone"/> is the team's newest milestone. When it brought the card a new photo,
    /// <see cref="WallDelta.Team"/> is the card anew (with the milestone already among its recent ones).
    /// </summary>
    MilestoneLogged,

    /// <summary><see cref="WallDelta.Competence"/> holds the level the team now shows for that competence.</summary>
    BadgeAwarded,

    /// <summary><see cref="WallDelta.CompetenceIds"/> lists the framework's competences in their new order; fetch the challenge for their names.</summary>
    FrameworkChanged,

    /// <summary>
    /// <see cref="WallDelta.Team"/> is the team's whole card anew: pupils joined, consent changed or a pupil's data was
    /// erased, so the nicknames, story lines and photo shown changed. Replace the card.
    /// </summary>
    TeamChanged,

    /// <summary>A badge was revoked; <see cref="WallDelta.Competence"/> holds the level the team still shows for that competence (0 for none).</summary>
    BadgeRevoked,
}

/// <summary>
/// One change to a challenge's wall. <paramref name="Sequence"/> is gap-free per challenge: a client that sees a gap
/// fetches the snapshot and continues from its sequence. <paramref name="Counts"/> are the wall's challenge-wide counts after it.
/// <paramref name="StoredAt"/> is when the change was stored where it began (a team's log or profile, else the wall), so that
/// each silo can measure how long the change took to reach its watchers. <paramref name="Epoch"/> is the run of sequence numbers
/// it belongs to (see <see cref="WallSnapshot.Epoch"/>): a client that holds a snapshot of an older epoch fetches the snapshot again.
/// </summary>
[GenerateSerializer, Immutable, Alias("WallDelta")]
public sealed record WallDelta(
    Guid ChallengeId,
    long Sequence,
    WallDeltaKind Kind,
    Guid TeamId,
    WallTeam? Team = null,
    WallMilestone? Milestone = null,
    CompetenceLevel? Competence = null,
    ImmutableArray<string>? CompetenceIds = null,
    WallCounts? Counts = null,
    DateTimeOffset? StoredAt = null,
    long Epoch = 0);
