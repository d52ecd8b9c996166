using System.Collections.Immutable;

namespace ChallengeHub.Silo.Accounts;

/// <summary>
/// Who the browser is signed in as, and the antiforgery token its state-changing requests send in <c>X-CSRF-TOKEN</c>.
/// <paramref name="SetupNeeded"/> is true until the first organiser exists.
/// </summary>
public sealed record SessionInfo(
    bool SignedIn,
    string AntiforgeryToken,
    bool SetupNeeded,
    Guid? AccountId = null,
    string? Role = null,
    string? DisplayName = null,
    Guid? TeamId = null,
    Guid? ChallengeId = null,
    ImmutableArray<Guid>? ChallengeIds = null);
