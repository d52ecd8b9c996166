namespace ChallengeHub.Grains.Teams;

/// <summary>A team of one challenge. Keyed by team id; created only through its challenge's registry.</summary>
[Alias("ITeamGrain")]
public interface ITeamGrain : IGrainWithGuidKey
{
    [Alias("Initialize")]
    Task InitializeAsync(TeamDetails details);

    /// <summary>The team, or <c>null</c> when no challenge registered it.</summary>
    [Alias("Get")]
    Task<TeamDetails?> GetAsync();
}
