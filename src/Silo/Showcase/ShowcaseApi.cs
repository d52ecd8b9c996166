using System.Collections.Immutable;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Evidence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Showcase;

/// <summary>
/// The employer showcase of a challenge and the offers employers make to its teams through their coach. The showcase is for
/// the challenge's invited employers and organiser, and for anyone once the organiser makes it public.
/// </summary>
public static class ShowcaseApi
{
    public static RouteGroupBuilder MapShowcaseApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}")
            .WithTags("Showcase")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/showcase", GetAsync).WithName("GetShowcase").RequireAuthorization(AccessPolicies.ViewShowcase)
            .WithSummary("Consented milestones and badges of every team, newest first: a feed in time order, never a ranking");
        group.MapPut("/showcase", SetAsync).WithName("SetShowcasePublic").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Make the showcase public (anyone may see it) or keep it for invited employers and the organiser")
            .ProducesValidationProblem();
        group.MapGet("/showcase/teams/{teamId:guid}/photos/{photoId:guid}", GetPhotoAsync).WithName("GetShowcasePhoto")
            .RequireAuthorization(AccessPolicies.ViewShowcase)
            .WithSummary("A photo the showcase shows: only while its milestone is shown and its uploader consented to photos")
            .Produces(StatusCodes.Status200OK, contentType: ProcessedPhoto.ContentType);

        group.MapPost("/teams/{teamId:guid}/offers", MakeOfferAsync).WithName("MakeOffer").RequireAuthorization(AccessPolicies.MakeOffer)
            .WithSummary("Offer the team a company visit, an internship or a job-shadow day; the offer goes to the team's coach")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/teams/{teamId:guid}/offers", ListTeamOffersAsync).WithName("ListTeamOffers").RequireAuthorization(AccessPolicies.CoachTeam)
            .WithSummary("The offers made to the team, newest first, with the answers given");
        group.MapPost("/teams/{teamId:guid}/offers/{offerId:guid}/answer", AnswerOfferAsync).WithName("AnswerOffer").RequireAuthorization(AccessPolicies.CoachTeam)
            .WithSummary("Accept or decline an offer, with a message for the employer")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/offers", ListOffersAsync).WithName("ListOffers").RequireAuthorization(AccessPolicies.FollowOffers)
            .WithSummary("An employer's own offers with the coaches' answers; the organiser sees every offer of the challenge");
        return group;
    }

    /// <summary>An employer invited to one venue sees that venue's teams only, also while the showcase is public.</summary>
    private static async Task<Ok<ShowcaseFeed>> GetAsync(Guid challengeId, HttpContext http, IGrainFactory grains, ChallengeRelations relations) =>
        TypedResults.Ok(ForVenue(await grains.GetGrain<IShowcaseGrain>(challengeId).GetFeedAsync(),
            await relations.VenueTeamsAsync(Caller.From(http.User), challengeId)));

    /// <summary>The feed limited to <paramref name="venueTeams"/>, or whole when there is no such limit.</summary>
    public static ShowcaseFeed ForVenue(ShowcaseFeed feed, IReadOnlySet<Guid>? venueTeams) =>
        venueTeams is null ? feed : feed with { Items = [.. feed.Items.Where(i => venueTeams.Contains(i.TeamId))] };

    private static async Task<Ok<ShowcaseSettings>> SetAsync(Guid challengeId, ShowcaseSettingsRequest request, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IShowcaseGrain>(challengeId).SetPublicAsync(request));

    private static async Task<FileStreamHttpResult> GetPhotoAsync(
        Guid challengeId, Guid teamId, Guid photoId, HttpResponse response, IGrainFactory grains, EvidenceStore store, CancellationToken cancellationToken)
    {
        var photo = await grains.GetGrain<IShowcaseGrain>(challengeId).FindShownPhotoAsync(teamId, photoId);
        var image = await store.OpenAsync(photo.BlobName, cancellationToken) ?? throw DomainException.NotFound(ProblemTypes.PhotoNotFound, photoId);

        // Consent can be withdrawn at any time: no shared cache may keep serving the photo after that.
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(image, photo.ContentType);
    }

    private static async Task<Created<Offer>> MakeOfferAsync(Guid challengeId, Guid teamId, OfferRequest request, HttpContext http, IGrainFactory grains)
    {
        var employer = Caller.From(http.User)!;
        var offer = await grains.GetGrain<IOffersGrain>(challengeId).MakeAsync(teamId, request, new OfferMaker(employer.Id, employer.DisplayName));
        return TypedResults.Created($"/api/challenges/{challengeId}/teams/{teamId}/offers/{offer.Id}", offer);
    }

    private static async Task<Ok<ImmutableArray<Offer>>> ListTeamOffersAsync(Guid challengeId, Guid teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IOffersGrain>(challengeId).ListForTeamAsync(teamId));

    private static async Task<Ok<Offer>> AnswerOfferAsync(Guid challengeId, Guid teamId, Guid offerId, OfferAnswerRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IOffersGrain>(challengeId).AnswerAsync(teamId, offerId, request, Caller.From(http.User)!.DisplayName));

    private static async Task<Ok<ImmutableArray<Offer>>> ListOffersAsync(Guid challengeId, HttpContext http, IGrainFactory grains)
    {
        var caller = Caller.From(http.User)!;
        return TypedResults.Ok(await grains.GetGrain<IOffersGrain>(challengeId).ListByEmployerAsync(caller.Role == Role.Employer ? caller.Id : null));
    }
}
