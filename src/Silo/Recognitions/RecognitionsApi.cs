using System.Collections.Immutable;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Badges.Credentials;
using ChallengeHub.Silo.Badges.Credentials.Issuance;
using ChallengeHub.Silo.Walls;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Recognitions;

/// <summary>
/// Recognitions decided by people: the challenge's categories, and per venue the jury's deliberation board (nominations,
/// the recognitions agreed on with who agreed, and their publication once every team has one).
/// </summary>
public static class RecognitionsApi
{
    public static RouteGroupBuilder MapRecognitionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}").WithTags("Recognitions").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/recognition-categories", GetCategoriesAsync).WithName("GetRecognitionCategories").RequireAuthorization(AccessPolicies.ChallengeMember)
            .WithSummary("The categories a jury recognises teams in: the sector's template until the organiser edits them");
        group.MapPut("/recognition-categories", SetCategoriesAsync).WithName("SetRecognitionCategories").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Replace the recognition categories")
            .ProducesValidationProblem();

        group.MapGet("/season/venues/{venueId:guid}/ceremony", GetCeremonyAsync).WithName("GetCeremony").AllowAnonymous()
            .WithSummary("The venue's published recognitions, team by team in name order, with a photo only where consent lets the wall show one")
            .ProducesProblem(StatusCodes.Status409Conflict);

        var board = group.MapGroup("/season/venues/{venueId:guid}/board").RequireAuthorization(AccessPolicies.Judge)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        board.MapGet("/", GetBoardAsync).WithName("GetDeliberationBoard")
            .WithSummary("Every team of the venue by name with its nominations and recognitions, and the teams without one yet; no counts, no merit order");
        board.MapPost("/nominations", NominateAsync).WithName("NominateForRecognition")
            .WithSummary("Nominate a team of the venue for a category, with a short reason and evidence");
        board.MapPost("/recognitions", RecogniseAsync).WithName("AgreeOnRecognition")
            .WithSummary("Record the jury's agreement on a recognition; the same team and category again adds the caller to who agreed");
        board.MapPost("/publish", PublishAsync).WithName("PublishRecognitions")
            .WithSummary("Publish the venue's recognitions once every team has one, or with an override and a reason; each is then issued as a credential");
        group.MapGet("/teams/{teamId:guid}/recognitions", GetTeamRecognitionsAsync).WithName("ListTeamRecognitions").RequireAuthorization(AccessPolicies.ReadTeam)
            .WithSummary("The recognitions published for the team at any venue of the season, each also a credential at /recognitions/{challengeId}/{id}.json");
        routes.MapRecognitionCredentials();
        return group;
    }

    private static async Task<Ok<ImmutableArray<RecognitionCategory>>> GetCategoriesAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IRecognitionCategoriesGrain>(challengeId).GetAsync());

    private static async Task<Ok<ImmutableArray<RecognitionCategory>>> SetCategoriesAsync(Guid challengeId, RecognitionCategoriesRequest request, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IRecognitionCategoriesGrain>(challengeId).SetAsync(request));

    private static async Task<Ok<ImmutableArray<Recognition>>> GetTeamRecognitionsAsync(Guid challengeId, Guid teamId, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await PublishedRecognitions.ForTeamAsync(grains, challengeId, teamId));
    }

    private static async Task<Ok<DeliberationBoard>> GetBoardAsync(Guid challengeId, Guid venueId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IDeliberationBoardGrain>(venueId).GetAsync(challengeId));

    private static async Task<Ok<DeliberationBoard>> NominateAsync(Guid challengeId, Guid venueId, NominationRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IDeliberationBoardGrain>(venueId).NominateAsync(challengeId, request, JurorOf(http)));

    private static async Task<Ok<DeliberationBoard>> RecogniseAsync(Guid challengeId, Guid venueId, RecognitionRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IDeliberationBoardGrain>(venueId).RecogniseAsync(challengeId, request, JurorOf(http)));

    /// <summary>Each published recognition's credentials are stored before the answer, as a badge's are at award.</summary>
    private static async Task<Ok<DeliberationBoard>> PublishAsync(
        Guid challengeId, Guid venueId, PublishRecognitionsRequest request, HttpContext http, IGrainFactory grains, CredentialIssuer issuer)
    {
        var board = await grains.GetGrain<IDeliberationBoardGrain>(venueId).PublishAsync(challengeId, request, Caller.From(http.User)!.DisplayName);
        await RecognitionCredentialsApi.IssueAsync(issuer, grains, challengeId, board.Teams.SelectMany(t => t.Recognitions).Select(r => r.Id), PublicAddress.Of(http));
        return TypedResults.Ok(board);
    }

    private static async Task<Ok<Ceremony>> GetCeremonyAsync(Guid challengeId, Guid venueId, HttpContext http, IGrainFactory grains, WallAccess access)
    {
        await access.EnsureReadableAsync(http.User, challengeId);
        var ceremony = await grains.GetGrain<IDeliberationBoardGrain>(venueId).GetCeremonyAsync(challengeId);

        // The wall's card holds the photo consent lets a public screen show now; the ceremony shows that one or none.
        var wall = await grains.GetGrain<IWallGrain>(challengeId).GetSnapshotAsync();
        var photos = wall.Teams.ToDictionary(t => t.Id, t => t.PhotoId);
        return TypedResults.Ok(ceremony with { Teams = [.. ceremony.Teams.Select(t => t with { PhotoId = photos.GetValueOrDefault(t.TeamId) })] });
    }

    private static Juror JurorOf(HttpContext http)
    {
        var caller = Caller.From(http.User)!;
        return new Juror(caller.Id, caller.DisplayName);
    }
}
