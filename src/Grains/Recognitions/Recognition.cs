using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Grains.Recognitions;

/// <summary>A juror's proposal that a team deserves a recognition in a category, with a short reason and the evidence (milestones) behind it.</summary>
[GenerateSerializer, Immutable, Alias("Nomination")]
public sealed record Nomination(Guid Id, Guid TeamId, string CategoryId, string Reason, ImmutableArray<Guid> MilestoneIds, Juror NominatedBy, DateTimeOffset NominatedAt);

/// <summary>
/// A recognition the jury of a venue agreed on: the team, the category (as named when agreed), the reason, the jurors' words
/// for the ceremony, the evidence, and every juror who agreed. Shaped like a badge (id, team, evidence, issuers, date) so
/// that it can be issued as a credential the way badges are.
/// </summary>
[GenerateSerializer, Immutable, Alias("Recognition")]
public sealed record Recognition(
    Guid Id,
    Guid ChallengeId,
    Guid VenueId,
    Guid TeamId,
    RecognitionCategory Category,
    string Reason,
    string? Words,
    ImmutableArray<Guid> MilestoneIds,
    ImmutableArray<Juror> AgreedBy,
    DateTimeOffset AgreedAt);

/// <summary>
/// That the venue's recognitions were published: when, by whom, and — when some teams had none yet — that it was done anyway,
/// with the reason; as the closing of a challenge records its override.
/// </summary>
[GenerateSerializer, Immutable, Alias("RecognitionPublication")]
public sealed record RecognitionPublication(DateTimeOffset PublishedAt, string PublishedBy, bool Override, string? Reason, ImmutableArray<TeamReference> TeamsWithoutRecognition);

/// <summary>
/// The deliberation board of a venue: every team there by name with its nominations and recognitions, and the teams that have
/// no recognition yet. No counts per team and no order but the name: the board is about seeing every team, not comparing them.
/// </summary>
[GenerateSerializer, Immutable, Alias("DeliberationBoard")]
public sealed record DeliberationBoard(
    Guid VenueId,
    string VenueName,
    ImmutableArray<RecognitionCategory> Categories,
    ImmutableArray<BoardTeam> Teams,
    ImmutableArray<TeamReference> TeamsWithoutRecognition,
    RecognitionPublication? Publication);

/// <summary>A team on the board, with what the jurors proposed and what they agreed on.</summary>
[GenerateSerializer, Immutable, Alias("BoardTeam")]
public sealed record BoardTeam(Guid TeamId, string Name, string School, ImmutableArray<Nomination> Nominations, ImmutableArray<Recognition> Recognitions);

/// <summary>Body of <c>POST …/board/nominations</c>.</summary>
[GenerateSerializer, Immutable, Alias("NominationRequest")]
public sealed record NominationRequest(
    Guid? TeamId,
    [property: MaxLength(RecognitionCategories.MaxIdLength)] string? CategoryId,
    [property: MaxLength(DeliberationBoardGrain.MaxReasonLength)] string? Reason,
    ImmutableArray<Guid>? MilestoneIds = null);

/// <summary>Body of <c>POST …/board/recognitions</c>: the jury's agreement; the same team and category again adds the caller to who agreed.</summary>
[GenerateSerializer, Immutable, Alias("RecognitionRequest")]
public sealed record RecognitionRequest(
    Guid? TeamId,
    [property: MaxLength(RecognitionCategories.MaxIdLength)] string? CategoryId,
    [property: MaxLength(DeliberationBoardGrain.MaxReasonLength)] string? Reason,
    [property: MaxLength(DeliberationBoardGrain.MaxReasonLength)] string? Words = null,
    ImmutableArray<Guid>? MilestoneIds = null);

/// <summary>Body of <c>POST …/board/publish</c>; with teams still without a recognition only with an override and a reason.</summary>
[GenerateSerializer, Immutable, Alias("PublishRecognitionsRequest")]
public sealed record PublishRecognitionsRequest(bool? Override, [property: MaxLength(DeliberationBoardGrain.MaxReasonLength)] string? Reason);
