namespace ChallengeHub.Grains.Problems;

/// <summary>
/// One kind of refusal, as every ProblemDetails names it: <see cref="Code"/> is the last segment of its <c>type</c>
/// (<c>/problems/{code}</c>), stable for clients to branch on; <see cref="Title"/> is the same for every occurrence, in Dutch,
/// English and French. Details stay specific to the occurrence.
/// </summary>
public sealed record ProblemType(string Code, int Status, LocalizedText Title)
{
    /// <summary>The ProblemDetails <c>type</c>: a relative URI that RFC 9457 resolves against the request, so the Silo documents it.</summary>
    public string Type => $"{ProblemTypes.BasePath}/{Code}";

    /// <summary>The title in <paramref name="language"/> (a two-letter code); English when there is no such translation.</summary>
    public string TitleIn(string language) => language switch
    {
        "nl" => Title.Nl,
        "fr" => Title.Fr ?? Title.En,
        _ => Title.En,
    };
}
