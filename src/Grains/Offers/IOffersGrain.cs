using System.Collections.Immutable;

namespace ChallengeHub.Grains.Offers;

/// <summary>The offers employers made to the teams of a challenge, and the coaches' answers. Keyed by challenge id.</summary>
[Alias("IOffersGrain")]
public interface IOffersGrain : IGrainWithGuidKey
{
    /// <summary>Records an offer to a team of the challenge (404 for a team of another challenge).</summary>
    [Alias("Make")]
    Task<Offer> MakeAsync(Guid teamId, OfferRequest request, OfferMaker employer);

    /// <summary>The offers made to the team, newest first.</summary>
    [Alias("ListForTeam")]
    Task<ImmutableArray<Offer>> ListForTeamAsync(Guid teamId);

    /// <summary>The offers an employer made, newest first; all offers of the challenge when <paramref name="employerId"/> is none.</summary>
    [Alias("ListByEmployer")]
    Task<ImmutableArray<Offer>> ListByEmployerAsync(Guid? employerId);

    /// <summary>The coach accepts or declines an offer to their team; an offer is answered once (409 after that).</summary>
    [Alias("Answer")]
    Task<Offer> AnswerAsync(Guid teamId, Guid offerId, OfferAnswerRequest request, string answeredBy);
}
