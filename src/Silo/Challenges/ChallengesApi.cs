using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Challenges;

public static class ChallengesApi
{
    public static RouteGroupBuilder MapChallengesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges").WithTags("Challenges").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", ListAsync).WithName("ListChallenges").WithSummary("All challenges, by title");
        group.MapPost("/", CreateAsync).WithName("CreateChallenge")
            .WithSummary("Create a challenge with its sector's competence framework")
            .ProducesValidationProblem();
        group.MapGet("/{challengeId:guid}", GetAsync).WithName("GetChallenge").WithSummary("A challenge and its competence framework");
        group.MapGet("/{challengeId:guid}/teams", ListTeamsAsync).WithName("ListTeams").WithSummary("The teams of a challenge, by name");
        group.MapPost("/{challengeId:guid}/teams", RegisterTeamAsync).WithName("RegisterTeam")
            .WithSummary("Register a team; it gets a join code for its pupils")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Ok<ImmutableArray<ChallengeSummary>>> ListAsync(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IChallengeDirectoryGrain>(0).ListAsync());

    private static async Task<Created<ChallengeDetails>> CreateAsync(CreateChallengeRequest request, IGrainFactory grains)
    {
        var challenge = await grains.GetGrain<IChallengeGrain>(Guid.NewGuid()).CreateAsync(request);
        return TypedResults.Created($"/api/challenges/{challenge.Id}", challenge);
    }

    private static async Task<Results<Ok<ChallengeDetails>, NotFound>> GetAsync(Guid challengeId, IGrainFactory grains) =>
        await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() is { } challenge ? TypedResults.Ok(challenge) : TypedResults.NotFound();

    private static async Task<Ok<ImmutableArray<TeamDetails>>> ListTeamsAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IChallengeGrain>(challengeId).GetTeamsAsync());

    private static async Task<Created<TeamDetails>> RegisterTeamAsync(Guid challengeId, RegisterTeamRequest request, IGrainFactory grains)
    {
        var team = await grains.GetGrain<IChallengeGrain>(challengeId).RegisterTeamAsync(request);
        return TypedResults.Created($"/api/challenges/{challengeId}/teams/{team.Id}", team);
    }
}
