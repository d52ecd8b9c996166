using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

/// <summary>One competence of a challenge's framework, with its four rubric levels in order.</summary>
[GenerateSerializer, Immutable, Alias("Competence")]
public sealed record Competence(string Id, LocalizedText Name, ImmutableArray<RubricLevel> Levels);

/// <summary>A rubric level (1-4), named for what a pupil shows at it.</summary>
[GenerateSerializer, Immutable, Alias("RubricLevel")]
public sealed record RubricLevel(int Level, LocalizedText Name);
