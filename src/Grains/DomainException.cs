using System.Collections.Immutable;

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
/// A rule a grain refused to break. Carries a title and detail a person can act on, and for
/// <see cref="DomainErrorKind.Invalid"/> the offending fields; the host turns it into ProblemDetails.
/// </summary>
[GenerateSerializer, Alias("DomainException")]
public sealed class DomainException : Exception
{
    public DomainException(DomainErrorKind kind, string title, string detail, ImmutableDictionary<string, string[]>? errors = null)
        : base(detail)
    {
        Kind = kind;
        Title = title;
        Detail = detail;
        Errors = errors ?? ImmutableDictionary<string, string[]>.Empty;
    }

    [Id(0)]
    public DomainErrorKind Kind { get; }

    [Id(1)]
    public string Title { get; }

    [Id(2)]
    public string Detail { get; }

    [Id(3)]
    public ImmutableDictionary<string, string[]> Errors { get; }

    public static DomainException NotFound(string what, Guid id) =>
        new(DomainErrorKind.NotFound, $"{what} not found", $"There is no {what.ToLowerInvariant()} with id {id}.");

    public static DomainException NotRecognised(string detail) => new(DomainErrorKind.Unauthenticated, "Not recognised", detail);

    public static DomainException Locked(DateTimeOffset until) =>
        new(DomainErrorKind.TooManyAttempts, "Too many attempts", $"Signing in here is paused until {until:HH:mm} UTC after repeated failures. Ask your coach or organiser if you need help sooner.");

    public static DomainException Invalid(ImmutableDictionary<string, string[]> errors) =>
        new(DomainErrorKind.Invalid, "Some fields need another look", "One or more fields are not valid.", errors);
}
