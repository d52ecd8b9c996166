using System.Collections.Immutable;
using System.Security.Claims;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Voice;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Voice;

/// <summary>
/// The pupils' anonymous check-in: the organiser switches it on for a challenge, a coach can switch it off for a team, and
/// a pupil's tablet asks at the start and at the end. Answers are counted per team without the pupil (see docs/impact-report.md).
/// </summary>
public static class CheckInApi
{
    public static RouteGroupBuilder MapCheckInApi(this IEndpointRouteBuilder routes)
    {
        var challenge = routes.MapGroup("/api/challenges/{challengeId:guid}/check-in").WithTags("Check-in")
            .RequireAuthorization(AccessPolicies.Organise).ProducesProblem(StatusCodes.Status404NotFound);
        challenge.MapGet("", GetChallengeAsync).WithName("GetChallengeCheckIn")
            .WithSummary("Whether the pupils' anonymous check-in is on for the challenge (off until switched on)");
        challenge.MapPut("", SetChallengeAsync).WithName("SetChallengeCheckIn")
            .WithSummary("Switch the pupils' anonymous check-in on or off for the challenge")
            .ProducesValidationProblem();

        var team = routes.MapGroup("/api/challenges/{challengeId:guid}/teams/{teamId:guid}/check-in").WithTags("Check-in")
            .ProducesProblem(StatusCodes.Status404NotFound);
        team.MapGet("", GetTeamAsync).WithName("GetTeamCheckIn").RequireAuthorization(AccessPolicies.CoachTeam)
            .WithSummary("Whether the challenge has the check-in on, and whether the coach left it on for this team");
        team.MapPut("", SetTeamAsync).WithName("SetTeamCheckIn").RequireAuthorization(AccessPolicies.CoachTeam)
            .WithSummary("The coach's switch: off keeps the team's pupils from being asked")
            .ProducesValidationProblem();
        team.MapGet("/mine", GetMineAsync).WithName("GetOwnCheckIn").RequireAuthorization(AccessPolicies.TeamPupil)
            .WithSummary("For the signed-in pupil: whether the check-in is on and which moment (start or end) is due now");
        team.MapPost("/{moment}", AnswerAsync).WithName("AnswerCheckIn").RequireAuthorization(AccessPolicies.TeamPupil)
            .WithSummary("The signed-in pupil's answers at a moment (start or end), counted without their identity; once per pupil and moment")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return team;
    }

    private static async Task<Ok<ChallengeCheckIn>> GetChallengeAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICheckInSettingsGrain>(challengeId).GetAsync());

    private static async Task<Ok<ChallengeCheckIn>> SetChallengeAsync(Guid challengeId, CheckInSwitch request, IGrainFactory grains)
    {
        _ = await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, challengeId);
        var on = SwitchOf(request);
        return TypedResults.Ok(await grains.GetGrain<ICheckInSettingsGrain>(challengeId).SetAsync(on));
    }

    private static async Task<Ok<TeamCheckIn>> GetTeamAsync(Guid challengeId, Guid teamId, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).GetTeamCheckInAsync());
    }

    private static async Task<Ok<TeamCheckIn>> SetTeamAsync(Guid challengeId, Guid teamId, CheckInSwitch request, IGrainFactory grains)
    {
        // A team that is not the challenge's is not found, whatever the body says.
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        var on = SwitchOf(request);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).SetTeamCheckInAsync(on));
    }

    private static async Task<Ok<PupilCheckIn>> GetMineAsync(Guid challengeId, Guid teamId, ClaimsPrincipal user, IGrainFactory grains)
    {
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).GetCheckInAsync(Caller.From(user)!.Id));
    }

    private static async Task<Ok<PupilCheckIn>> AnswerAsync(
        Guid challengeId, Guid teamId, string moment, CheckInRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var when = moment switch
        {
            "start" => CheckInMoment.Start,
            "end" => CheckInMoment.End,
            _ => throw DomainException.Invalid(ImmutableDictionary<string, string[]>.Empty.Add("moment", ["moment is start or end."])),
        };
        await TeamLookup.FindAsync(grains, challengeId, teamId);
        return TypedResults.Ok(await grains.GetGrain<ITeamGrain>(teamId).CheckInAsync(Caller.From(user)!.Id, when, request));
    }

    private static bool SwitchOf(CheckInSwitch request) => request.On ??
        throw DomainException.Invalid(ImmutableDictionary<string, string[]>.Empty.Add("on", ["on is true or false."]));
}
