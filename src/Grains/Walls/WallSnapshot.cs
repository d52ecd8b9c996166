using System.Collections.Immutable;

namespace ChallengeHub.Grains.Walls;

/// <summary>
/// What every wall shows of a challenge at <paramref name="Sequence"/>: each team in name order with the level it has shown
/// per competence and its latest milestones, and challenge-wide counts across all teams. Never a ranking.
/// <paramref name="CompetencesShownToday"/> counts the distinct team and competence pairs shown today (Brussels time) in a
/// milestone or a badge; it starts again from 0 at <paramref name="DayEndsAt"/>, local midnight. <paramref name="Epoch"/> is the run
/// of sequence numbers the snapshot belongs to: a delta of another epoch does not follow from it (fetch the snapshot again).
/// </summary>
[GenerateSerializer, Immutable, Alias("WallSnapshot")]
public sealed record WallSnapshot(
    Guid ChallengeId,
    string Title,
    long Sequence,
    int MilestonesLogged,
    int BadgesAwarded,
    ImmutableArray<WallTeam> Teams,
    int CompetencesShownToday = 0,
    DateTimeOffset? DayEndsAt = null,
    long Epoch = 0);

/// <summary>The challenge-wide counts of a wall after a change, as in <see cref="WallSnapshot"/>; every delta carries them.</summary>
[GenerateSerializer, Immutable, Alias("WallCounts")]
public sealed record WallCounts(int MilestonesLogged, int BadgesAwarded, int CompetencesShownToday, DateTimeOffset DayEndsAt);

/// <summary>
/// A team's card: every framework competence in framework order, with level 0 (not shown yet) to 4. <paramref name="Members"/>
/// are the nicknames of the pupils who consented to the wall, by name; <paramref name="Pupils"/> counts every pupil of the team.
/// <paramref name="PhotoId"/> is the photo of its newest milestone that consent lets the wall show, served by
/// <c>GET /api/challenges/{challengeId}/wall/photos/{photoId}</c> only while it is on the card.
/// </summary>
[GenerateSerializer, Immutable, Alias("WallTeam")]
public sealed record WallTeam(
    Guid Id,
    string Name,
    string School,
    ImmutableArray<CompetenceLevel> Competences,
    ImmutableArray<WallMilestone> RecentMilestones,
    ImmutableArray<string>? Members = null,
    int Pupils = 0,
    Guid? PhotoId = null);

[GenerateSerializer, Immutable, Alias("CompetenceLevel")]
public sealed record CompetenceLevel(string CompetenceId, int Level);

/// <summary>
/// A milestone as a wall shows it; the story is cut to one story line. <paramref name="Author"/> is the nickname of the pupil
/// who logged it when they consented to the wall, otherwise absent ("a team member"). Title and story are the pupil's words:
/// without their author's consent to the wall (or once the author is erased) both are null and <paramref name="WordsWithheld"/>
/// is set, and screens show a neutral line with the <paramref name="CompetenceIds"/> instead ("a team member showed …").
/// </summary>
[GenerateSerializer, Immutable, Alias("WallMilestone")]
public sealed record WallMilestone(
    Guid Id,
    string? Title,
    string? Story,
    ImmutableArray<string> CompetenceIds,
    DateTimeOffset LoggedAt,
    string? Author = null,
    bool WordsWithheld = false)
{
    /// <summary>The milestone without its author's words.</summary>
    public WallMilestone Withheld() => this with { Title = null, Story = null, Author = null, WordsWithheld = true };
}

/// <summary>A pupil as the wall knows them: a nickname only when they consented to the wall, and whether they consented to photos.</summary>
[GenerateSerializer, Immutable, Alias("WallMember")]
public sealed record WallMember(Guid PupilId, string? Nickname, bool Photos = false);

/// <summary>
/// A milestone's photo as the wall keeps it: only its id, with the pupils whose consent it needs (the milestone's author and
/// the photo's uploader, when known). The image stays in the team's evidence.
/// </summary>
[GenerateSerializer, Immutable, Alias("WallPhoto")]
public sealed record WallPhoto(Guid PhotoId, Guid? AuthorId, Guid? UploadedBy);
