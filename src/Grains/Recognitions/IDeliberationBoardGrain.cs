using ChallengeHub.Grains.Badges;

namespace ChallengeHub.Grains.Recognitions;

/// <summary>
/// The jury's deliberation at one venue: nominations, the recognitions agreed on, and their publication. Keyed by venue id;
/// every call names the challenge, whose season must hold the venue. The every-team rule lives here.
/// </summary>
[Alias("IDeliberationBoardGrain")]
public interface IDeliberationBoardGrain : IGrainWithGuidKey
{
    [Alias("Get")]
    Task<DeliberationBoard> GetAsync(Guid challengeId);

    /// <summary>The published recognitions, team by team in name order, for the ceremony screen; refused (409) before publication.</summary>
    [Alias("GetCeremony")]
    Task<Ceremony> GetCeremonyAsync(Guid challengeId);

    /// <summary>Nominates a team of the venue for a category, with a reason and evidence.</summary>
    [Alias("Nominate")]
    Task<DeliberationBoard> NominateAsync(Guid challengeId, NominationRequest request, Juror juror);

    /// <summary>
    /// Records that the jury agrees on a recognition, with <paramref name="juror"/> among who agreed; the same team and category
    /// again adds the juror to it. A team may hold several recognitions and a category may go to several teams.
    /// </summary>
    [Alias("Recognise")]
    Task<DeliberationBoard> RecogniseAsync(Guid challengeId, RecognitionRequest request, Juror juror);

    /// <summary>Publishes the venue's recognitions once every team there has one, or with an override and a reason; then the board is final.</summary>
    [Alias("Publish")]
    Task<DeliberationBoard> PublishAsync(Guid challengeId, PublishRecognitionsRequest request, string publishedBy);
}
