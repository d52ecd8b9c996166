using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Grains.Kits;

/// <summary>A challenge's kit template, the issuing of kits from it and the organiser's view of open kit issues. Keyed by challenge id.</summary>
[Alias("IKitTemplateGrain")]
public interface IKitTemplateGrain : IGrainWithGuidKey
{
    /// <summary>The template; version 0 with no items until the organiser sets one.</summary>
    [Alias("Get")]
    Task<KitTemplate> GetAsync();

    /// <summary>Replaces the item list. Setting the same items again changes nothing (the version stays).</summary>
    [Alias("Set")]
    Task<KitTemplate> SetAsync(SetKitTemplateRequest request);

    /// <summary>
    /// Issues the current template to one team and returns its kit. Issuing again is harmless: a kit already on this
    /// version stays as it is, and one on an older version follows the template while keeping its check-in.
    /// </summary>
    [Alias("IssueToTeam")]
    Task<Kit> IssueToTeamAsync(Guid teamId);

    /// <summary>Issues the current template to every registered team, as <see cref="IssueToTeamAsync"/> does for one.</summary>
    [Alias("IssueToAll")]
    Task<IssueKitsResult> IssueToAllAsync();

    /// <summary>
    /// Gives a team registered after the kits were issued its kit too, and returns it; <c>null</c> (nothing done) while no
    /// kit was issued in this challenge yet.
    /// </summary>
    [Alias("IssueToNewTeam")]
    Task<Kit?> IssueToNewTeamAsync(Guid teamId);

    /// <summary>
    /// The teams that have no kit yet (registered before any kit was issued, or while issuing failed), ordered by team name
    /// (nl-BE), so the organiser can issue it to them.
    /// </summary>
    [Alias("ListTeamsWithoutKit"), AlwaysInterleave]
    Task<ImmutableArray<TeamReference>> ListTeamsWithoutKitAsync();

    /// <summary>The open kit issues of every team that has any, ordered by team name (nl-BE) — never by how many.</summary>
    [Alias("ListOpenIssues"), AlwaysInterleave]
    Task<ImmutableArray<TeamKitIssues>> ListOpenIssuesAsync();
}
