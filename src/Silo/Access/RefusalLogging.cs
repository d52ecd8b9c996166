using ChallengeHub.Silo.Observability;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// Logs every refused request (who, what, which policy; never a cookie, token, passphrase or PIN), audits the refusals of
/// signed-in callers, then answers as usual.
/// </summary>
/// <remarks>
/// Refusals of the anonymous public are logged, not audited: anyone can send them by the thousand, and a trail keeps only
/// its latest events, so they would push out the events that matter.
/// </remarks>
internal sealed class RefusalLogging(ILogger<RefusalLogging> logger, IAuditTrail audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        // A session that SessionValidation ended (PIN reset, erased pupil) still authenticated its cookie or token, which
        // would make the refusal a 403; for the caller it is no session at all, so it gets 401 and signs in again.
        var caller = Caller.From(context.User);
        var result = caller is null ? PolicyAuthorizationResult.Challenge() : authorizeResult;
        logger.LogWarning("Refused {Method} {Path} to {Caller}: {Outcome}",
            context.Request.Method, context.Request.Path, caller is null ? "the public" : $"{caller.Role} {caller.Id}", result.Forbidden ? "forbidden" : "not signed in");
        if (caller is not null && result.Forbidden)
        {
            // The route's pattern, not the path the caller typed.
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
            var challengeId = Guid.TryParse(context.GetRouteValue("challengeId")?.ToString(), out var id) ? id : (Guid?)null;
            await audit.RecordAsync(context, new("access-refused", challengeId, $"{context.Request.Method} {route}", $"{caller.Role} refused"));
        }

        await _default.HandleAsync(next, context, policy, result);
    }
}
