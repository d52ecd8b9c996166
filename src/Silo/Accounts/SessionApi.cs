using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Observability;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChallengeHub.Silo.Accounts;

/// <summary>Signing in and out: staff with display name and passphrase, pupils with join code, nickname and PIN, tools with a bearer token.</summary>
public static class SessionApi
{
    public static RouteGroupBuilder MapSessionApi(this IEndpointRouteBuilder routes)
    {
        // Open to everyone: this is where a session starts. The attempts are rate-limited and lock out after failures.
        var group = routes.MapGroup("/api").WithTags("Session").AllowAnonymous();

        group.MapGet("/session", GetSessionAsync).WithName("GetSession").WithSummary("Who this browser is signed in as, and its antiforgery token");
        group.MapPost("/session", SignInStaffAsync).WithName("SignIn")
            .WithSummary("Sign in with display name and passphrase (cookie session)")
            .RequireRateLimiting(RateLimits.SignIn)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/session/pupil", SignInPupilAsync).WithName("JoinTeam")
            .WithSummary("A pupil joins or signs in on a tablet with the team's join code, a nickname and a PIN; 202 when a new nickname waits for the coach's approval")
            .RequireRateLimiting(RateLimits.SignIn)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapDelete("/session", SignOutAsync).WithName("SignOut").WithSummary("Sign out (one tap on a shared tablet); the session ends on the server, also for a copy of its cookie");
        group.MapGet("/session/oidc", StartExternalSignInAsync).WithName("StartExternalSignIn")
            .WithSummary("Staff sign-in at the organisation's OpenID Connect provider; with an invite, the first sign-in creates the account")
            .RequireRateLimiting(RateLimits.SignIn)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/tokens", IssueTokenAsync).WithName("IssueToken")
            .WithSummary("A bearer token for tools and scripts, for a staff account")
            .RequireRateLimiting(RateLimits.SignIn)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/setup", async (IGrainFactory grains) => TypedResults.Ok(new { needed = await grains.GetGrain<ISetupGrain>(Constants.SingletonKey).IsNeededAsync() }))
            .WithName("GetSetup").WithSummary("Whether the first organiser still has to be created");
        group.MapPost("/setup", CompleteSetupAsync).WithName("CompleteSetup")
            .WithSummary("Create the first organiser with the one-time code the Silo printed")
            .RequireRateLimiting(RateLimits.SignIn)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>Body of <c>POST /api/setup</c>.</summary>
    public sealed record SetupRequest(string? Code, string? DisplayName, string? Passphrase);

    private static async Task<Ok<SessionInfo>> GetSessionAsync(HttpContext http, IGrainFactory grains, IAntiforgery antiforgery) =>
        TypedResults.Ok(await DescribeAsync(http, Caller.From(http.User), grains, antiforgery));

    /// <summary>The answer to a new nickname that waits for the coach's approval.</summary>
    public sealed record JoinAwaitingApproval(string Nickname, bool AwaitingApproval = true);

    private static async Task<Ok<SessionInfo>> SignInStaffAsync(Credentials credentials, HttpContext http, IGrainFactory grains, IAntiforgery antiforgery, IAuditTrail audit)
    {
        var account = await StaffSignIn.FindAccountAsync(credentials, http, grains, audit);
        return TypedResults.Ok(await StartSessionAsync(http, ToCaller(account), AccessSetup.StaffIdleTimeout, grains, antiforgery));
    }

    private static async Task<Results<Ok<SessionInfo>, Accepted<JoinAwaitingApproval>>> SignInPupilAsync(
        JoinRequest request, HttpContext http, IGrainFactory grains, IAntiforgery antiforgery, IAuditTrail audit)
    {
        SignInChecks.Join(request);
        var code = SignInChecks.Code(request.JoinCode, "joinCode");
        var teamId = code.Length == 0 ? null : await grains.GetGrain<IJoinCodeGrain>(code).GetAsync();
        if (teamId is null)
        {
            throw new DomainException(ProblemTypes.JoinCodeNotRecognised, "That join code does not belong to a team. Check it with your coach: letters and digits, no spaces.");
        }

        PupilSession? session;
        try
        {
            session = await grains.GetGrain<ITeamGrain>(teamId.Value).JoinAsync(request, SignInChecks.ClientOf(http));
        }
        catch (DomainException refused) when (refused.Kind is DomainErrorKind.Unauthenticated or DomainErrorKind.TooManyAttempts)
        {
            // The team is the subject: the nickname is typed by the caller.
            var team = await grains.GetGrain<ITeamGrain>(teamId.Value).GetAsync();
            var action = refused.Kind == DomainErrorKind.Unauthenticated ? "sign-in-failed" : "sign-in-paused";
            await audit.RecordAsync(http, new AuditEvent(action, team?.ChallengeId, $"team {teamId}", $"pupil: {refused.Title}"));
            throw;
        }

        if (session is null)
        {
            return TypedResults.Accepted((string?)null, new JoinAwaitingApproval(request.Nickname!.Trim()));
        }

        var caller = new Caller(session.Pupil.Id, Role.Pupil, session.Pupil.Nickname, session.Pupil.SessionVersion, session.Pupil.TeamId, session.ChallengeId);
        return TypedResults.Ok(await StartSessionAsync(http, caller, AccessSetup.PupilIdleTimeout, grains, antiforgery));
    }

    /// <summary>Ends the browser session on the server first, so that the cookie, and any copy of it, no longer counts.</summary>
    private static async Task<SignOutHttpResult> SignOutAsync(HttpContext http, IGrainFactory grains)
    {
        if (Caller.From(http.User)?.SessionId is { } session)
        {
            await grains.GetGrain<ISessionGrain>(session).EndAsync();
        }

        return TypedResults.SignOut(authenticationSchemes: [CookieAuthenticationDefaults.AuthenticationScheme]);
    }

    private static async Task<ChallengeHttpResult> StartExternalSignInAsync(
        string? invite, [FromQuery(Name = "return")] string? returnTo, IAuthenticationSchemeProvider schemes)
    {
        SignInChecks.Code(invite, "invite");
        if (await schemes.GetSchemeAsync(OpenIdConnectSetup.Scheme) is null)
        {
            throw new DomainException(ProblemTypes.ExternalSignInNotFound,
                "This ChallengeHub signs staff in with their name and passphrase; no OpenID Connect provider is configured.");
        }

        return TypedResults.Challenge(OpenIdConnectSetup.StartProperties(invite, returnTo), [OpenIdConnectSetup.Scheme]);
    }

    private static async Task<SignInHttpResult> IssueTokenAsync(Credentials credentials, HttpContext http, IGrainFactory grains, IAuditTrail audit) =>
        TypedResults.SignIn(ToCaller(await StaffSignIn.FindAccountAsync(credentials, http, grains, audit)).ToPrincipal(BearerTokenDefaults.AuthenticationScheme),
            authenticationScheme: BearerTokenDefaults.AuthenticationScheme);

    private static async Task<Ok<SessionInfo>> CompleteSetupAsync(SetupRequest request, HttpContext http, IGrainFactory grains, IAntiforgery antiforgery)
    {
        SignInChecks.Credentials(new Credentials(request.DisplayName, request.Passphrase), request.Code);
        var account = await grains.GetGrain<ISetupGrain>(Constants.SingletonKey).CompleteAsync(request.Code, new Credentials(request.DisplayName, request.Passphrase));
        return TypedResults.Ok(await StartSessionAsync(http, ToCaller(account), AccessSetup.StaffIdleTimeout, grains, antiforgery));
    }

    public static Caller ToCaller(AccountDetails account) => new(account.Id, account.Role, account.DisplayName, account.SessionVersion);

    /// <summary>Signs the browser in with a new session that lapses after <paramref name="idle"/> without a request.</summary>
    public static async Task<SessionInfo> StartSessionAsync(HttpContext http, Caller caller, TimeSpan idle, IGrainFactory grains, IAntiforgery antiforgery)
    {
        caller = caller with { SessionId = Guid.NewGuid() };
        var principal = caller.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal,
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + idle, AllowRefresh = true });

        // The antiforgery token is bound to the identity: hand out one for the session just started.
        http.User = principal;
        return await DescribeAsync(http, caller, grains, antiforgery);
    }

    private static async Task<SessionInfo> DescribeAsync(HttpContext http, Caller? caller, IGrainFactory grains, IAntiforgery antiforgery)
    {
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        var setupNeeded = await grains.GetGrain<ISetupGrain>(Constants.SingletonKey).IsNeededAsync();
        if (caller is null)
        {
            return new SessionInfo(false, token, setupNeeded);
        }

        var challengeIds = caller.Role == Role.Pupil
            ? [caller.ChallengeId!.Value]
            : (await grains.GetGrain<IAccountGrain>(caller.Id).GetAsync())?.ChallengeIds ?? [];
        return new SessionInfo(true, token, setupNeeded, caller.Id, caller.Role.ToString().ToLowerInvariant(), caller.DisplayName,
            caller.TeamId, caller.ChallengeId, challengeIds);
    }
}
