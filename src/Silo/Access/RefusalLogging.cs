using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ChallengeHub.Silo.Access;

/// <summary>Logs every refused request (who, what, which policy; never a cookie, token, passphrase or PIN), then answers as usual.</summary>
internal sealed class RefusalLogging(ILogger<RefusalLogging> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        // A session that SessionValidation ended (PIN reset, erased pupil) still authenticated its cookie or token, which
        // would make the refusal a 403; for the caller it is no session at all, so it gets 401 and signs in again.
        var caller = Caller.From(context.User);
        var result = caller is null ? PolicyAuthorizationResult.Challenge() : authorizeResult;
        logger.LogWarning("Refused {Method} {Path} to {Caller}: {Outcome}",
            context.Request.Method, context.Request.Path, caller is null ? "the public" : $"{caller.Role} {caller.Id}", result.Forbidden ? "forbidden" : "not signed in");
        return _default.HandleAsync(next, context, policy, result);
    }
}
