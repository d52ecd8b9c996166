namespace ChallengeHub.LinkedData.JsonLd;

/// <summary>A JSON-LD processing error; <see cref="Code"/> is the error code of the JSON-LD 1.1 API.</summary>
public sealed class JsonLdException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
}
