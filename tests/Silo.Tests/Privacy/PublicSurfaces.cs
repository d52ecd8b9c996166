using System.Net.Http.Json;

namespace ChallengeHub.Silo.Tests.Privacy;

/// <summary>What the privacy tests read and set alike.</summary>
public static class PublicSurfaces
{
    /// <summary>The payload of a badge's signed credential (the VC-JWT's middle part), as JSON text.</summary>
    public static async Task<string> CredentialPayloadAsync(HttpClient anonymous, Guid badgeId, CancellationToken cancellationToken)
    {
        var signed = await anonymous.GetStringAsync($"/badges/{badgeId}.json", cancellationToken);
        return Badges.IssuedCredential.PayloadText(signed);
    }

    /// <summary>Opens the showcase to the public, or closes it to all but the organiser and invited employers.</summary>
    public static async Task SetShowcasePublicAsync(HttpClient organiser, Guid challengeId, bool isPublic)
    {
        using var response = await organiser.PutAsJsonAsync($"/api/challenges/{challengeId}/showcase", new { @public = isPublic }, ApiClient.Json);
        response.EnsureSuccessStatusCode();
    }
}
