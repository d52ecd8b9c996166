namespace ChallengeHub.Grains.Reports;

/// <summary>
/// The impact report of a challenge: computed from the challenge's teams, season, badges, recognitions, milestones and offers
/// when asked, and kept for <see cref="ImpactReportGrain.FreshFor"/>. Keyed by challenge id.
/// </summary>
[Alias("IImpactReportGrain")]
public interface IImpactReportGrain : IGrainWithGuidKey
{
    /// <summary>The report over every team of the challenge in <paramref name="scope"/> (404 for a round or venue the season does not have).</summary>
    [Alias("Get")]
    Task<ImpactReport> GetAsync(ImpactScope scope);

    /// <summary>
    /// The same report over the teams of the schools whose teams <paramref name="coachId"/> registered: a school's own report,
    /// suppressed by the same rule within those teams.
    /// </summary>
    [Alias("GetForCoach")]
    Task<ImpactReport> GetForCoachAsync(ImpactScope scope, Guid coachId);
}
