using System.Collections.Immutable;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains;

public enum DomainErrorKind
{
    /// <summary>The input itself is malformed (400).</summary>
    Invalid,

    /// <summary>A referenced challenge, team or milestone does not exist (404).</summary>
    NotFound,

    /// <summary>The request clashes with the current state (409).</summary>
    Conflict,

    /// <summary>Well-formed, but refers to something the challenge does not know (422).</summary>
    Unprocessable,

    /// <summary>The name, passphrase, code or PIN was not recognised (401).</summary>
    Unauthenticated,

    /// <summary>Too many failed attempts; trying again later is possible (429).</summary>
    TooManyAttempts,
}

/// <summary>
/// A rule a grain refused to break. Made only from an entry of <see cref="ProblemTypes"/>, so that every refusal has a
/// documented <see cref="Code"/>; carries a detail a person can act on, and for <see cref="DomainErrorKind.Invalid"/> the
/// offending fields. The host turns it into ProblemDetails.
/// </summary>
[GenerateSerializer, Alias("DomainException")]
public sealed class DomainException : Exception
{
    public DomainException(ProblemType problem, string detail, ImmutableDictionary<string, string[]>? errors = null)
        : base(detail)
    {
        Kind = KindOf(problem.Status);
        Title = problem.Title.En;
        Detail = detail;
        Errors = errors ?? ImmutableDictionary<string, string[]>.Empty;
        Code = problem.Code;
    }

    [Id(0)]
    public DomainErrorKind Kind { get; }

    /// <summary>The English title of the problem type; the host writes the title in the request's language.</summary>
    [Id(1)]
    public string Title { get; }

    [Id(2)]
    public string Detail { get; }

    [Id(3)]
    public ImmutableDictionary<string, string[]> Errors { get; }

    /// <summary>The <see cref="ProblemType.Code"/> of the refusal.</summary>
    [Id(4)]
    public string Code { get; }

    /// <summary>A refusal for something that does not exist; the detail names it by the title of <paramref name="problem"/>.</summary>
    public static DomainException NotFound(ProblemType problem, Guid id) =>
        new(problem, $"There is no {problem.Title.En.Replace(" not found", string.Empty, StringComparison.Ordinal).ToLowerInvariant()} with id {id}.");

    public static DomainException NotRecognised(string detail) => new(ProblemTypes.NotRecognised, detail);

    public static DomainException Locked(DateTimeOffset until) =>
        new(ProblemTypes.TooManyAttempts, $"Signing in here is paused until {until:HH:mm} UTC after repeated failures. Ask your coach or organiser if you need help sooner.");

    public static DomainException Invalid(ImmutableDictionary<string, string[]> errors) =>
        new(ProblemTypes.InvalidFields, "One or more fields are not valid.", errors);

    private static DomainErrorKind KindOf(int status) => status switch
    {
        400 => DomainErrorKind.Invalid,
        401 => DomainErrorKind.Unauthenticated,
        404 => DomainErrorKind.NotFound,
        409 => DomainErrorKind.Conflict,
        429 => DomainErrorKind.TooManyAttempts,
        _ => DomainErrorKind.Unprocessable,
    };
}
