using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Challenges;

/// <summary>A challenge as every screen sees it.</summary>
[GenerateSerializer, Immutable, Alias("ChallengeDetails")]
public sealed record ChallengeDetails(
    Guid Id,
    string Title,
    Sector Sector,
    ChallengeStatus Status,
    ImmutableArray<Competence> Competences,
    Schedule? Schedule = null,
    ClosingDecision? Closing = null)
{
    public bool HasCompetence(string competenceId) => Competences.Any(c => c.Id == competenceId);

    public ChallengeSummary ToSummary() => new(Id, Title, Sector, Status);
}

/// <summary>A challenge in the list of all challenges.</summary>
[GenerateSerializer, Immutable, Alias("ChallengeSummary")]
public sealed record ChallengeSummary(Guid Id, string Title, Sector Sector, ChallengeStatus Status);

/// <summary>
/// Body of <c>POST /api/challenges</c>; <paramref name="Sector"/> is <c>electro</c> or <c>construction</c>. With
/// <paramref name="StarterSetup"/> the challenge also gets the sector's starter schedule, budget, shop catalogue and kit, all editable.
/// </summary>
[GenerateSerializer, Immutable, Alias("CreateChallengeRequest")]
public sealed record CreateChallengeRequest([property: MaxLength(ChallengeGrain.MaxTitleLength)] string? Title, string? Sector, bool? StarterSetup = null);
