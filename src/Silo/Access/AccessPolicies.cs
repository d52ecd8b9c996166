using ChallengeHub.Grains.Showcase;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChallengeHub.Silo.Access;

/// <summary>How a caller stands to the challenge and team a request is about.</summary>
public enum Relation
{
    /// <summary>An organiser account working in the challenge: everything in it.</summary>
    Organiser,

    /// <summary>A coach invited to the challenge (registers teams there).</summary>
    ChallengeCoach,

    /// <summary>The coach who registered the team.</summary>
    TeamCoach,

    /// <summary>A pupil of the team.</summary>
    TeamPupil,

    /// <summary>A pupil of any team of the challenge.</summary>
    ChallengePupil,

    /// <summary>A juror invited to the challenge.</summary>
    Juror,

    /// <summary>An employer invited to the challenge.</summary>
    Employer,

    /// <summary>Staff of a sector fund invited to the challenge (reads its impact report).</summary>
    Funder,

    /// <summary>Anyone, signed in or not, once the organiser made the challenge's showcase public.</summary>
    PublicShowcase,
}

/// <summary>Met when the caller has one of <see cref="Allowed"/> to the challenge (and team) named by the route or hub method.</summary>
public sealed record AccessRequirement(params Relation[] Allowed) : IAuthorizationRequirement;

/// <summary>The policies every endpoint and hub method names; resource-based, checked against the grains on every request.</summary>
public static class AccessPolicies
{
    /// <summary>Any organiser account (creating a challenge makes it theirs).</summary>
    public const string OrganiserAccount = "organiser-account";

    public const string Organise = "organise";
    public const string RegisterTeam = "register-team";
    public const string CoachTeam = "coach-team";
    public const string ActForTeam = "act-for-team";

    /// <summary>Only a pupil of the team, for what concerns them alone (their own badge identity).</summary>
    public const string TeamPupil = "team-pupil";
    public const string ReadTeam = "read-team";
    public const string Judge = "judge";
    public const string ChallengeMember = "challenge-member";
    public const string ViewShowcase = "view-showcase";
    public const string MakeOffer = "make-offer";
    public const string FollowOffers = "follow-offers";

    /// <summary>The impact report across all teams: the organiser and invited sector-fund staff.</summary>
    public const string ReadImpact = "read-impact";

    /// <summary>A school's own impact report: a coach invited to the challenge, for the teams of their school.</summary>
    public const string ReadSchoolImpact = "read-school-impact";

    /// <summary>The metrics endpoint: a caller on this machine (a scraper or an operator's <c>curl</c>), or an organiser account.</summary>
    public const string ReadMetrics = "read-metrics";

    public static void Add(AuthorizationOptions options)
    {
        // An endpoint that names no policy is closed: opening one to the public is a decision written next to it.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new AccessRequirement()).Build();
        options.AddPolicy(OrganiserAccount, policy => policy.RequireRole("organiser"));
        Add(options, Organise, Relation.Organiser);
        Add(options, RegisterTeam, Relation.Organiser, Relation.ChallengeCoach);
        Add(options, CoachTeam, Relation.Organiser, Relation.TeamCoach);
        Add(options, ActForTeam, Relation.Organiser, Relation.TeamCoach, Relation.TeamPupil);
        Add(options, TeamPupil, Relation.TeamPupil);
        Add(options, ReadTeam, Relation.Organiser, Relation.TeamCoach, Relation.TeamPupil, Relation.Juror);
        Add(options, Judge, Relation.Organiser, Relation.Juror);
        Add(options, ChallengeMember, Relation.Organiser, Relation.ChallengeCoach, Relation.ChallengePupil, Relation.Juror, Relation.Employer);
        Add(options, MakeOffer, Relation.Employer);
        Add(options, FollowOffers, Relation.Organiser, Relation.Employer);
        Add(options, ReadImpact, Relation.Organiser, Relation.Funder);
        Add(options, ReadSchoolImpact, Relation.ChallengeCoach);

        options.AddPolicy(ReadMetrics, policy => policy.RequireAssertion(context =>
            (context.Resource is HttpContext { Connection.RemoteIpAddress: { } address }
                && System.Net.IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address))
            || context.User.IsInRole("organiser")));

        // A public showcase is open to the anonymous public, so this policy does not ask for a signed-in user.
        options.AddPolicy(ViewShowcase, policy => policy.AddRequirements(new AccessRequirement(Relation.Organiser, Relation.Employer, Relation.PublicShowcase)));
    }

    private static void Add(AuthorizationOptions options, string name, params Relation[] allowed) =>
        options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().AddRequirements(new AccessRequirement(allowed)));
}

/// <summary>
/// Decides an <see cref="AccessRequirement"/> from the route's (or hub method's) challenge and team ids and what the grains
/// say about the caller now — so that an invite redeemed or a team registered counts at once. A request's caller account is
/// the one its session check read (<see cref="CheckedCaller"/>); a hub method's is read again.
/// </summary>
internal sealed class AccessHandler(IGrainFactory grains, ChallengeRelations relations) : AuthorizationHandler<AccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        if (Target(context.Resource) is not { } target)
        {
            return;
        }

        if (requirement.Allowed.Contains(Relation.PublicShowcase) && await grains.GetGrain<IShowcaseGrain>(target.ChallengeId).IsPublicAsync())
        {
            context.Succeed(requirement);
            return;
        }

        if (Caller.From(context.User) is not { } caller)
        {
            return;
        }

        var account = context.Resource is HttpContext http ? CheckedCaller.AccountOf(http, caller) : null;
        if (await relations.HasAnyAsync(caller, target.ChallengeId, target.TeamId, requirement.Allowed, target.VenueId, account))
        {
            context.Succeed(requirement);
        }
    }

    private static (Guid ChallengeId, Guid? TeamId, Guid? VenueId)? Target(object? resource) => resource switch
    {
        HttpContext http when GuidOf(http.GetRouteValue("challengeId")) is { } challenge =>
            (challenge, GuidOf(http.GetRouteValue("teamId")), GuidOf(http.GetRouteValue("venueId"))),
        HubInvocationContext hub when hub.HubMethodArguments.OfType<Guid>().ToArray() is [var challenge, ..] =>
            (challenge, hub.HubMethodArguments.OfType<Guid>().Skip(1).Cast<Guid?>().FirstOrDefault(), null),
        _ => null,
    };

    private static Guid? GuidOf(object? value) => value switch
    {
        Guid guid => guid,
        string text when Guid.TryParse(text, out var guid) => guid,
        _ => null,
    };
}
