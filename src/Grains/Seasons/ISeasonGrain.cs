namespace ChallengeHub.Grains.Seasons;

/// <summary>A challenge's season: rounds, venues, which team goes where, and the invitations to later rounds. Keyed by challenge id.</summary>
[Alias("ISeasonGrain")]
public interface ISeasonGrain : IGrainWithGuidKey
{
    /// <summary>The season with every organiser decision; <see cref="GetPublicAsync"/> for screens anyone sees.</summary>
    [Alias("Get")]
    Task<SeasonDetails> GetAsync();

    /// <summary>The season without the invitation decisions: rounds, venues and their teams by name.</summary>
    [Alias("GetPublic"), AlwaysInterleave]
    Task<SeasonDetails> GetPublicAsync();

    /// <summary>The venue with its teams by name, or <c>null</c> when the season has no such venue.</summary>
    [Alias("FindVenue"), AlwaysInterleave]
    Task<SeasonVenue?> FindVenueAsync(Guid venueId);

    /// <summary>Adds a round after the ones there are.</summary>
    [Alias("AddRound")]
    Task<SeasonDetails> AddRoundAsync(RoundRequest request);

    /// <summary>Adds a venue (name, date, address) to a round.</summary>
    [Alias("AddVenue")]
    Task<SeasonDetails> AddVenueAsync(Guid roundId, VenueRequest request);

    /// <summary>
    /// Sends teams to a venue, by hand or by school; a team already at another venue of that round moves. In a round after
    /// the first only invited teams can go.
    /// </summary>
    [Alias("AssignTeams")]
    Task<SeasonDetails> AssignTeamsAsync(Guid venueId, AssignTeamsRequest request);

    /// <summary>
    /// Records which teams are invited to a round after the first, with the reason, and who decided. When the round has one
    /// venue, the invited teams go there.
    /// </summary>
    [Alias("Invite")]
    Task<SeasonDetails> InviteAsync(Guid roundId, InvitationRequest request, string decidedBy);

    /// <summary>One team's season, with the round in which it first showed each level.</summary>
    [Alias("GetTeamSeason")]
    Task<TeamSeason> GetTeamSeasonAsync(Guid teamId);
}
