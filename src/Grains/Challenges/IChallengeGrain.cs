using System.Collections.Immutable;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Challenges;

/// <summary>A challenge: its definition, competence framework, schedule, lifecycle and team registry. Keyed by challenge id.</summary>
[Alias("IChallengeGrain")]
public interface IChallengeGrain : IGrainWithGuidKey
{
    /// <summary>Creates the challenge in draft, from its sector's framework template. Repeating the same creation returns the same challenge.</summary>
    [Alias("Create")]
    Task<ChallengeDetails> CreateAsync(CreateChallengeRequest request);

    /// <summary>The challenge, or <c>null</c> when it was never created. Interleaves: the wall asks while a registration waits on it.</summary>
    [Alias("Get"), AlwaysInterleave]
    Task<ChallengeDetails?> GetAsync();

    /// <summary>Takes the next step of the lifecycle (open, running, showcase); closing goes through <see cref="CloseAsync"/>.</summary>
    [Alias("Advance")]
    Task<ChallengeDetails> AdvanceAsync(ChallengeStatus target);

    /// <summary>The teams without any badge yet, and how the challenge was closed once it is.</summary>
    [Alias("GetClosingCheck")]
    Task<ClosingCheck> GetClosingCheckAsync();

    /// <summary>Closes a challenge in showcase. With teams still without a badge it needs an explicit override and a reason, which are recorded.</summary>
    [Alias("Close")]
    Task<ChallengeDetails> CloseAsync(CloseChallengeRequest request);

    /// <summary>Replaces the competence framework (add, rename, describe, reorder, import). While running, nothing may be removed or renamed.</summary>
    [Alias("UpdateFramework")]
    Task<ChallengeDetails> UpdateFrameworkAsync(FrameworkDocument framework);

    [Alias("SetSchedule")]
    Task<ChallengeDetails> SetScheduleAsync(ScheduleRequest schedule);

    /// <summary>
    /// Registers a team with a fresh join code, coached by <paramref name="coachId"/> (none when the organiser registers it).
    /// Registering the same name and school again by the same coach returns that team.
    /// </summary>
    [Alias("RegisterTeam")]
    Task<TeamDetails> RegisterTeamAsync(RegisterTeamRequest request, Guid? coachId);

    /// <summary>
    /// Registers every team of a roster list at once, or none: all lines are checked first and every bad one is reported by
    /// number. Repeating the same list finishes an import a crash interrupted, without a second copy of any team.
    /// </summary>
    [Alias("ImportTeams")]
    Task<ImmutableArray<TeamDetails>> ImportTeamsAsync(RosterImportRequest request, Guid? coachId);

    /// <summary>All teams, ordered by name (nl-BE collation) — never by merit.</summary>
    [Alias("GetTeams"), AlwaysInterleave]
    Task<ImmutableArray<TeamDetails>> GetTeamsAsync();
}
