using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

/// <summary>
/// One competence of a challenge's framework, with its four rubric levels in order. <paramref name="ExternalReference"/>
/// optionally aligns it with an external framework: an ESCO skill URI or a Flemish professional qualification id.
/// <paramref name="Requires"/> names a competence of the same framework (a safety competence) that a team must hold first.
/// </summary>
[GenerateSerializer, Immutable, Alias("Competence")]
public sealed record Competence(
    string Id,
    LocalizedText Name,
    ImmutableArray<RubricLevel> Levels,
    LocalizedText? Description = null,
    string? ExternalReference = null,
    string? Requires = null);

/// <summary>A rubric level (1-4), named for what a pupil shows at it, with what that looks like for this competence.</summary>
[GenerateSerializer, Immutable, Alias("RubricLevel")]
public sealed record RubricLevel(int Level, LocalizedText Name, LocalizedText? Descriptor = null);
