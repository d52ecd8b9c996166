using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// WebSockets are not bound by CORS: a page on another site could open the hub with a visitor's cookie. The hub accepts
/// browsers only from ChallengeHub's own origin or one listed in <c>Access:AllowedOrigins</c>.
/// </summary>
internal sealed class HubOriginCheck(RequestDelegate next, IOptions<AccessSettings> access, IProblemDetailsService problems)
{
    private readonly string[] _allowed = access.Value.AllowedOrigins;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Headers.Origin.ToString() is { Length: > 0 } origin
            && !IsAllowed(context.Request, origin))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new()
            {
                HttpContext = context,
                ProblemDetails = ProblemTypes.OriginNotAllowed.ToProblem("The live connection is open to ChallengeHub's own pages only."),
            });
            return;
        }

        await next(context);
    }

    private bool IsAllowed(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && ((string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
            || _allowed.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase));
}
