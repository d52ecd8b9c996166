using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ChallengeHub.Silo.Access;

/// <summary>Logs every refused request (who, what, which policy; never a cookie, token, passphrase or PIN), then answers as usual.</summary>
internal sealed class RefusalLogging(ILogger<RefusalLogging> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Succeeded)
        {
            var caller = Caller.From(context.User);
            logger.LogWarning("Refused {Method} {Path} to {Role} {AccountId}: {Outcome}",
                context.Request.Method, context.Request.Path, caller?.Role.ToString() ?? "public", caller?.Id, authorizeResult.Forbidden ? "forbidden" : "not signed in");
        }

        // A session that ended (PIN reset, pupil erased) leaves no one signed in: that is 401, not 403.
        return authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true
            ? context.ChallengeAsync()
            : _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
