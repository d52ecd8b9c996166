using System.Buffers.Text;
using System.Text.Json;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>A badge's credential as a verifier outside ChallengeHub receives it: the compact JWS at <c>/badges/{id}.json</c>.</summary>
public static class IssuedCredential
{
    public static Task<string> JwsAsync(HttpClient anonymous, Guid badgeId, CancellationToken cancellationToken) =>
        anonymous.GetStringAsync($"/badges/{badgeId}.json", cancellationToken);

    /// <summary>The JOSE header of a compact JWS.</summary>
    public static JsonElement Header(string jws) => Part(jws, 0);

    /// <summary>The payload of a compact JWS: the credential itself.</summary>
    public static JsonElement Payload(string jws) => Part(jws, 1);

    /// <summary>The payload as the exact JSON text that was signed.</summary>
    public static string PayloadText(string jws) => System.Text.Encoding.UTF8.GetString(Base64Url.DecodeFromChars(jws.Split('.')[1]));

    private static JsonElement Part(string jws, int index)
    {
        using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(jws.Split('.')[index]));
        return document.RootElement.Clone();
    }
}
