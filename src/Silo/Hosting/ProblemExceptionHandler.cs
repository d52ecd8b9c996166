using ChallengeHub.Grains;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// Turns a rule a grain refused to break, or a request body that could not be read, into RFC 9457 ProblemDetails
/// with a title and detail a person can act on — never a 500. Storage or the cluster out of reach is a 503 with
/// <c>Retry-After</c>: the grains undo in memory what they could not store, so nothing was half-written.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, IHostApplicationLifetime lifetime, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            DomainException domain => ToProblem(domain),
            BadHttpRequestException badRequest => new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read",
                Detail = "Send a JSON body with the fields this endpoint documents.",
            },
            _ when Unavailable.IsTransient(exception) => lifetime.ApplicationStopping.IsCancellationRequested ? Unavailable.Stopping() : Unavailable.Storage(),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "{Method} {Path} answered 503 ({Type})", httpContext.Request.Method, httpContext.Request.Path, problem.Type);
            Unavailable.SetRetryAfter(httpContext.Response);
        }

        return await problemDetails.TryWriteAsync(new() { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails ToProblem(DomainException domain)
    {
        var problem = domain.Errors.IsEmpty ? new ProblemDetails() : new HttpValidationProblemDetails(domain.Errors);
        problem.Status = domain.Kind switch
        {
            DomainErrorKind.Invalid => StatusCodes.Status400BadRequest,
            DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
            DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
            DomainErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
            DomainErrorKind.TooManyAttempts => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        (problem.Title, problem.Detail) = (domain.Title, domain.Detail);
        return problem;
    }
}
