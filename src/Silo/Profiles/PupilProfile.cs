using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using ChallengeHub.Grains;
using ChallengeHub.Silo.Badges.Certificates;

namespace ChallengeHub.Silo.Profiles;

/// <summary>
/// What a pupil can do, as shown in the challenges whose recovery codes they brought: every badge in their name, grouped by
/// competence, and every recognition their team received. Only the pupil's own standing: no figure about anyone else.
/// </summary>
public sealed record PupilProfile(ImmutableArray<ProfileChallenge> Challenges, ImmutableArray<ProfileCompetence> Competences, ImmutableArray<ProfileRecognition> Recognitions);

/// <summary>One challenge the pupil took part in, with the team they were in and the nickname they used there.</summary>
public sealed record ProfileChallenge(Guid ChallengeId, string Title, Guid TeamId, string TeamName, string School, string Nickname);

/// <summary>A competence (as the first framework that names it words it) and the badges that show it, oldest first.</summary>
public sealed record ProfileCompetence(string CompetenceId, LocalizedText Name, ImmutableArray<ProfileBadge> Badges);

/// <summary>
/// One badge: the level with its descriptor in plain words, the jurors' words (<paramref name="Shown"/>, <paramref name="NextStep"/>),
/// where it was shown (challenge, round, venue) and its evidence.
/// </summary>
public sealed record ProfileBadge(
    Guid BadgeId,
    Guid ChallengeId,
    Guid TeamId,
    int Level,
    LocalizedText LevelName,
    LocalizedText? Descriptor,
    string Shown,
    string? NextStep,
    string? Observation,
    DateTimeOffset AwardedAt,
    string? Round,
    string? Venue,
    ImmutableArray<ProfileEvidence> Evidence);

/// <summary>
/// A milestone behind a badge or recognition. The pupil's own milestones come with their words and photos; a teammate's with
/// its neutral name only (<paramref name="Own"/> false), because those words are the teammate's.
/// </summary>
public sealed record ProfileEvidence(Guid MilestoneId, bool Own, string Title, string? Story, ImmutableArray<Guid> PhotoIds, DateTimeOffset LoggedAt);

/// <summary>A recognition the jury of a venue gave the pupil's team, once published.</summary>
public sealed record ProfileRecognition(
    Guid RecognitionId,
    Guid ChallengeId,
    Guid TeamId,
    LocalizedText Category,
    string Reason,
    string? Words,
    string? Round,
    string Venue,
    DateTimeOffset AgreedAt,
    ImmutableArray<ProfileEvidence> Evidence);

/// <summary>Body of <c>POST /api/profile</c>: the recovery codes the pupil kept, one per challenge; the same code twice counts once.</summary>
public sealed record ProfileRequest(string[]? RecoveryCodes);

/// <summary>Body of <c>POST /api/profile/pdf</c>: the codes, and the name the pupil typed to be printed, if any (never stored).</summary>
public sealed record ProfilePdfRequest(string[]? RecoveryCodes, [property: MaxLength(CertificateApi.MaxNameLength)] string? Name);
