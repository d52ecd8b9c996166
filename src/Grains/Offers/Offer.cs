using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Offers;

[Alias("OfferKind")]
public enum OfferKind
{
    /// <summary>A visit to the company for the whole team.</summary>
    Visit,

    /// <summary>An internship for pupils of the team, arranged through the school.</summary>
    Internship,

    /// <summary>A day shadowing someone at work.</summary>
    JobShadowDay,
}

/// <summary>
/// What an employer offers a team. It goes to the team's coach, never to the pupils directly: the employer learns the team's
/// name and school and the coach's answer, nothing about the pupils.
/// </summary>
[GenerateSerializer, Immutable, Alias("Offer")]
public sealed record Offer(
    Guid Id,
    Guid TeamId,
    string TeamName,
    string School,
    OfferKind Kind,
    string Message,
    Guid EmployerId,
    string EmployerName,
    DateTimeOffset MadeAt,
    OfferAnswer? Answer = null);

/// <summary>The coach's answer, with a message for the employer.</summary>
[GenerateSerializer, Immutable, Alias("OfferAnswer")]
public sealed record OfferAnswer(bool Accepted, string Message, string AnsweredBy, DateTimeOffset AnsweredAt);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/teams/{teamId}/offers</c>.</summary>
[GenerateSerializer, Immutable, Alias("OfferRequest")]
public sealed record OfferRequest(OfferKind? Kind, [property: MaxLength(OffersGrain.MaxMessageLength)] string? Message);

/// <summary>Body of <c>POST …/offers/{offerId}/answer</c>.</summary>
[GenerateSerializer, Immutable, Alias("OfferAnswerRequest")]
public sealed record OfferAnswerRequest(bool? Accept, [property: MaxLength(OffersGrain.MaxMessageLength)] string? Message);

/// <summary>Who makes an offer: an employer account of the challenge.</summary>
[GenerateSerializer, Immutable, Alias("OfferMaker")]
public sealed record OfferMaker(Guid Id, string Name);

[GenerateSerializer, Alias("OffersState")]
public sealed class OffersState
{
    /// <summary>Oldest first.</summary>
    [Id(0)]
    public System.Collections.Immutable.ImmutableArray<Offer> Offers { get; set; } = [];
}
