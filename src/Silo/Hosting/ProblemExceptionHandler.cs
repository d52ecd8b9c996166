using ChallengeHub.Grains;
using ChallengeHub.Grains.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// Turns a rule a grain refused to break, or a request body that could not be read, into RFC 9457 ProblemDetails
/// with a title and detail a person can act on — never a 500.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            DomainException domain => ToProblem(domain),
            BadHttpRequestException badRequest => Unreadable(badRequest.StatusCode),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new() { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Unreadable(int status)
    {
        var type = status == StatusCodes.Status400BadRequest ? ProblemTypes.UnreadableRequest : ProblemTypes.ForStatus(status);
        var problem = type.ToProblem("Send a JSON body with the fields this endpoint documents.");
        problem.Status = status;
        return problem;
    }

    private static ProblemDetails ToProblem(DomainException domain)
    {
        var type = ProblemTypes.Find(domain.Code) ?? ProblemTypes.Unexpected;
        var problem = domain.Errors.IsEmpty ? new ProblemDetails() : new HttpValidationProblemDetails(domain.Errors);
        (problem.Type, problem.Status, problem.Title, problem.Detail) = (type.Type, type.Status, type.Title.En, domain.Detail);
        return problem;
    }
}
