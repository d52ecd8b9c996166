using System.Collections.Immutable;

namespace ChallengeHub.Grains.Accounts;

/// <summary>
/// A staff account (organiser, coach, juror, employer). <paramref name="ChallengeIds"/> are the challenges it works in: an
/// organiser's own, or those it was invited to. <paramref name="SessionVersion"/> changes when its sessions must end.
/// </summary>
[GenerateSerializer, Immutable, Alias("AccountDetails")]
public sealed record AccountDetails(Guid Id, Role Role, string DisplayName, ImmutableArray<Guid> ChallengeIds, int SessionVersion)
{
    public bool WorksIn(Guid challengeId) => ChallengeIds.Contains(challengeId);
}

/// <summary>Body of a request that creates a staff account (first start, invite) or signs one in.</summary>
[GenerateSerializer, Immutable, Alias("Credentials")]
public sealed record Credentials(string? DisplayName, string? Passphrase);
