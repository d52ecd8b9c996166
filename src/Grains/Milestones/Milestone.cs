using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Milestones;

/// <summary>
/// A step a team took in its project, told in its own words, with the competences it claims to show and, optionally,
/// the team's shop orders it builds on (spending within budget with a reasoned plan is evidence too) and the team's evidence
/// photos that show it. <paramref name="AuthorId"/> is the pupil who logged it (none when their coach or the organiser did, or after an erase).
/// <paramref name="WordsWithheld"/> marks a milestone whose author was erased: its title and story are gone, and every public
/// surface shows it as a pupil's milestone without consent (a neutral line), never as the team's own.
/// </summary>
[GenerateSerializer, Immutable, Alias("Milestone")]
public sealed record Milestone(
    Guid Id,
    Guid TeamId,
    string Title,
    string Story,
    ImmutableArray<string> CompetenceIds,
    DateTimeOffset LoggedAt,
    ImmutableArray<Guid>? OrderIds = null,
    ImmutableArray<Guid>? PhotoIds = null,
    Guid? AuthorId = null,
    bool WordsWithheld = false);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/teams/{teamId}/milestones</c>.</summary>
[GenerateSerializer, Immutable, Alias("LogMilestoneRequest")]
public sealed record LogMilestoneRequest(
    [property: MaxLength(MilestoneLogGrain.MaxTitleLength)] string? Title,
    [property: MaxLength(MilestoneLogGrain.MaxStoryLength)] string? Story,
    [property: MaxLength(MilestoneLogGrain.MaxClaimedCompetences)] string[]? CompetenceIds,
    [property: MaxLength(MilestoneLogGrain.MaxLinkedOrders)] Guid[]? OrderIds = null,
    [property: MaxLength(MilestoneLogGrain.MaxLinkedPhotos)] Guid[]? PhotoIds = null);
