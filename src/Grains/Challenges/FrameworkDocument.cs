using System.Collections.Immutable;

namespace ChallengeHub.Grains.Challenges;

/// <summary>
/// A competence framework as a JSON document: what <c>GET …/framework</c> exports and <c>PUT …/framework</c> imports,
/// so that sector funds can share one framework across challenges. The built-in templates use the same format.
/// </summary>
[GenerateSerializer, Immutable, Alias("FrameworkDocument")]
public sealed record FrameworkDocument(string? Format, ImmutableArray<Competence> Competences)
{
    public const string CurrentFormat = "challengehub.framework/1";
}
