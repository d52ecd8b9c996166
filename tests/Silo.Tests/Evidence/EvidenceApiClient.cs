using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Evidence;

/// <summary>The evidence endpoints as the tablet calls them.</summary>
public static class EvidenceApiClient
{
    public static string EvidencePath(TeamDetails team) => $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/evidence";

    /// <summary>Posts <paramref name="content"/> in the field <c>photo</c>, under whatever name and type the sender claims.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient http, TeamDetails team, byte[] content,
        string fileName = "foto.jpg", string contentType = "image/jpeg")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "photo", fileName);
        return await http.PostAsync(EvidencePath(team), form, TestContext.Current.CancellationToken);
    }

    public static async Task<EvidencePhoto> UploadPhotoAsync(this HttpClient http, TeamDetails team, byte[] content)
    {
        using var response = await http.UploadAsync(team, content);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EvidencePhoto>(ApiClient.Json, TestContext.Current.CancellationToken))!;
    }

    public static async Task<EvidencePhoto[]> ListPhotosAsync(this HttpClient http, TeamDetails team) =>
        (await http.GetFromJsonAsync<EvidencePhoto[]>(EvidencePath(team), ApiClient.Json, TestContext.Current.CancellationToken))!;

    public static async Task<byte[]> DownloadAsync(this HttpClient http, TeamDetails team, Guid photoId)
    {
        using var response = await http.GetAsync($"{EvidencePath(team)}/{photoId}", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Asserts a ProblemDetails answer with <paramref name="status"/> and returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
