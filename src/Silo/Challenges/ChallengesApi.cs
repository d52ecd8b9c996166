using System.Collections.Immutable;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Challenges;

public static class ChallengesApi
{
    private static readonly Relation[] Members = [Relation.Organiser, Relation.ChallengeCoach, Relation.ChallengePupil, Relation.Juror, Relation.Employer];

    public static RouteGroupBuilder MapChallengesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges").WithTags("Challenges").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", ListAsync).WithName("ListChallenges").AllowAnonymous().WithSummary("All challenges, by title");
        group.MapPost("/", CreateAsync).WithName("CreateChallenge").RequireAuthorization(AccessPolicies.OrganiserAccount)
            .WithSummary("Create a challenge with its sector's competence framework; with starterSetup also a schedule, budget, and for electro a shop catalogue and kit")
            .ProducesValidationProblem();
        group.MapGet("/{challengeId:guid}", GetAsync).WithName("GetChallenge").AllowAnonymous()
            .WithSummary("A challenge and its competence framework; a draft only for those who work in it");
        group.MapGet("/{challengeId:guid}/teams", ListTeamsAsync).WithName("ListTeams").AllowAnonymous().WithSummary("The teams of a challenge, by name");
        group.MapPost("/{challengeId:guid}/teams", RegisterTeamAsync).WithName("RegisterTeam").RequireAuthorization(AccessPolicies.RegisterTeam)
            .WithSummary("Register a team; it gets a join code for its pupils")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// The public sees the challenges past draft (their walls are public); a signed-in account sees those it works in,
    /// and a pupil their own.
    /// </summary>
    private static async Task<Ok<ImmutableArray<ChallengeSummary>>> ListAsync(HttpContext http, IGrainFactory grains)
    {
        var all = await grains.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey).ListAsync();
        var caller = Caller.From(http.User);
        if (caller is null)
        {
            return TypedResults.Ok(all.Where(c => c.Status != ChallengeStatus.Draft).ToImmutableArray());
        }

        var own = caller.Role == Role.Pupil
            ? [caller.ChallengeId!.Value]
            : (CheckedCaller.AccountOf(http, caller) ?? await grains.GetGrain<IAccountGrain>(caller.Id).GetAsync())?.ChallengeIds ?? [];
        return TypedResults.Ok(all.Where(c => own.Contains(c.Id)).ToImmutableArray());
    }

    /// <summary>The organiser is recorded first, so that a challenge never exists without someone allowed to run it.</summary>
    private static async Task<Created<ChallengeDetails>> CreateAsync(CreateChallengeRequest request, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var challengeId = Guid.NewGuid();
        await grains.GetGrain<IAccountGrain>(Caller.From(http.User)!.Id).AddChallengeAsync(challengeId);
        var challenge = await grains.GetGrain<IChallengeGrain>(challengeId).CreateAsync(request);
        if (request.StarterSetup is true)
        {
            await ChallengeStarter.ApplyAsync(grains, challenge, time.GetUtcNow());
            challenge = await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() ?? challenge;
        }

        return TypedResults.Created($"/api/challenges/{challenge.Id}", challenge);
    }

    /// <summary>A draft is not announced yet: to anyone outside the challenge it does not exist.</summary>
    private static async Task<Results<Ok<ChallengeDetails>, NotFound>> GetAsync(Guid challengeId, HttpContext http, IGrainFactory grains, ChallengeRelations relations) =>
        await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() is { } challenge
            && (challenge.Status != ChallengeStatus.Draft || await relations.HasAnyAsync(Caller.From(http.User), challengeId, null, Members))
            ? TypedResults.Ok(challenge)
            : TypedResults.NotFound();


    /// <summary>
    /// Names and schools are public (the wall shows them); a join code only to the organiser and the team's coach. A juror or
    /// employer invited to one venue gets that venue's teams: the ones they work with.
    /// </summary>
    private static async Task<Ok<ImmutableArray<TeamDetails>>> ListTeamsAsync(Guid challengeId, HttpContext http, IGrainFactory grains, ChallengeRelations relations)
    {
        var caller = Caller.From(http.User);
        var account = CheckedCaller.AccountOf(http, caller);
        var venueTeams = await relations.VenueTeamsAsync(caller, challengeId, account);
        var teams = (await grains.GetGrain<IChallengeGrain>(challengeId).GetTeamsAsync()).Where(t => venueTeams is null || venueTeams.Contains(t.Id));
        var organiser = caller is { Role: Role.Organiser } && (account ?? await grains.GetGrain<IAccountGrain>(caller.Id).GetAsync())?.WorksIn(challengeId) == true;
        return TypedResults.Ok(teams.Select(t => organiser || (caller is { Role: Role.Coach } && t.CoachId == caller.Id) ? t : t with { JoinCode = string.Empty })
            .ToImmutableArray());
    }

    /// <summary>A coach's team is theirs to coach; a team the organiser registers has no coach of its own.</summary>
    private static async Task<Created<TeamDetails>> RegisterTeamAsync(Guid challengeId, RegisterTeamRequest request, HttpContext http, IGrainFactory grains)
    {
        var caller = Caller.From(http.User)!;
        var team = await grains.GetGrain<IChallengeGrain>(challengeId).RegisterTeamAsync(request, caller.Role == Role.Coach ? caller.Id : null);

        // Teams also register after the kits went out: they get the same kit at once instead of none.
        await grains.GetGrain<IKitTemplateGrain>(challengeId).IssueToNewTeamAsync(team.Id);
        return TypedResults.Created($"/api/challenges/{challengeId}/teams/{team.Id}", team);
    }
}
