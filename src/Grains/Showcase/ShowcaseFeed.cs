using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Grains.Showcase;

[Alias("ShowcaseItemKind")]
public enum ShowcaseItemKind
{
    /// <summary>A step a team logged, with the story and photos its author consented to show.</summary>
    Milestone,

    /// <summary>A juror recognised that the team showed a competence at a rubric level.</summary>
    Badge,
}

/// <summary>
/// The showcase of a challenge: its <paramref name="Items"/> newest first, as a feed in time order. Teams are never compared:
/// there is no count, level sum or order by merit.
/// </summary>
[GenerateSerializer, Immutable, Alias("ShowcaseFeed")]
public sealed record ShowcaseFeed(Guid ChallengeId, string Title, Sector Sector, bool Public, ImmutableArray<ShowcaseItem> Items);

/// <summary>
/// One milestone or badge with the team, its school and the competences it shows. <paramref name="Title"/>, <paramref name="Story"/>
/// and <paramref name="PhotoIds"/> belong to milestones; <paramref name="Level"/> and <paramref name="Feedback"/> to badges.
/// </summary>
[GenerateSerializer, Immutable, Alias("ShowcaseItem")]
public sealed record ShowcaseItem(
    ShowcaseItemKind Kind,
    Guid Id,
    Guid TeamId,
    string TeamName,
    string School,
    ImmutableArray<string> CompetenceIds,
    DateTimeOffset At,
    string? Title = null,
    string? Story = null,
    ImmutableArray<Guid>? PhotoIds = null,
    int? Level = null,
    string? Feedback = null);

/// <summary>
/// What the showcase shows of one team now, pushed to the showcase's watchers after a milestone, badge, consent change or erase
/// of that team: watchers replace the team's items with <paramref name="Items"/> (newest first), so a withdrawn consent takes
/// the pupil's milestones away as surely as a new milestone adds one. <paramref name="Public"/> says whether the showcase was
/// public when it was built: only then does it reach watchers who may read it only because it is public.
/// </summary>
[GenerateSerializer, Immutable, Alias("ShowcaseTeamUpdate")]
public sealed record ShowcaseTeamUpdate(Guid ChallengeId, Guid TeamId, ImmutableArray<ShowcaseItem> Items, bool Public = false);

/// <summary>Body of <c>PUT /api/challenges/{challengeId}/showcase</c>.</summary>
[GenerateSerializer, Immutable, Alias("ShowcaseSettingsRequest")]
public sealed record ShowcaseSettingsRequest(bool? Public);

[GenerateSerializer, Immutable, Alias("ShowcaseSettings")]
public sealed record ShowcaseSettings(Guid ChallengeId, bool Public);

[GenerateSerializer, Alias("ShowcaseState")]
public sealed class ShowcaseState
{
    [Id(0)]
    public bool Public { get; set; }
}
