using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.Antiforgery;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// A browser sends the session cookie with every request, also one another site makes it send. So every state-changing
/// API request that a cookie signs in must carry the antiforgery token the page got from <c>GET /api/session</c>.
/// Requests with a bearer token carry no cookie and need none.
/// </summary>
internal sealed class CookieAntiforgery(RequestDelegate next, IAntiforgery antiforgery, IProblemDetailsService problems)
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context)
    {
        if (NeedsToken(context.Request) && context.User.Identity?.IsAuthenticated == true
            && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new()
            {
                HttpContext = context,
                ProblemDetails = ProblemTypes.ReloadPage.ToProblem(
                    $"This change needs the page's security token ({HeaderName}); reloading the page gets a fresh one."),
            });
            return;
        }

        await next(context);
    }

    private static bool NeedsToken(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
        && request.Path.StartsWithSegments("/api")
        && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
