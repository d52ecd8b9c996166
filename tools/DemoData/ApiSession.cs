using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChallengeHub.DemoData;

/// <summary>
/// One signed-in party on ChallengeHub's public API: staff with a bearer token (as tools sign in), or a pupil with the
/// session cookie and antiforgery token a tablet gets when it joins. A request refused with 429 waits as long as the
/// Silo's <c>Retry-After</c> says and is sent again, so that a seeder joining many pupils from one address keeps going.
/// </summary>
public sealed class ApiSession : IDisposable
{
    private const string AntiforgeryHeader = "X-CSRF-TOKEN";
    private const int MaxRateLimitWaits = 10;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly string? _antiforgeryToken;

    private ApiSession(HttpClient http, string? antiforgeryToken, Guid? accountId)
    {
        _http = http;
        _antiforgeryToken = antiforgeryToken;
        AccountId = accountId;
    }

    /// <summary>The pupil's id for a pupil session; <c>null</c> for staff.</summary>
    public Guid? AccountId { get; }

    /// <summary>A staff session for a bearer token from <c>POST /api/tokens</c>.</summary>
    public static ApiSession Staff(Uri baseAddress, string token)
    {
        var http = CreateClient(baseAddress, cookies: false);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiSession(http, null, null);
    }

    /// <summary>A pupil on a tablet: joins the team (or signs in again) with its join code, a nickname and a PIN.</summary>
    public static async Task<ApiSession> PupilAsync(Uri baseAddress, string joinCode, string nickname, string pin, CancellationToken cancellationToken)
    {
        var http = CreateClient(baseAddress, cookies: true);
        try
        {
            // The client outlives this joining session: it keeps the pupil's cookie for the session returned.
            var joining = new ApiSession(http, null, null);
            var session = await joining.SendAsync<SessionBody>(HttpMethod.Post, "/api/session/pupil", new { joinCode, nickname, pin }, cancellationToken: cancellationToken);
            return new ApiSession(http, session.AntiforgeryToken, session.AccountId);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>A session without sign-in, for the public routes and the sign-in routes themselves.</summary>
    public static ApiSession Anonymous(Uri baseAddress) => new(CreateClient(baseAddress, cookies: false), null, null);

    /// <summary>Exchanges a staff name and passphrase for a bearer token; <c>null</c> when ChallengeHub does not know them.</summary>
    public async Task<string?> TryIssueTokenAsync(string displayName, string passphrase, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(() => Request(HttpMethod.Post, "/api/tokens", new { displayName, passphrase }, null), cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return null;
        }

        return (await ReadAsync<TokenBody>(response, HttpMethod.Post, "/api/tokens", cancellationToken)).AccessToken;
    }

    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(() => Request(method, path, body, idempotencyKey), cancellationToken);
        return await ReadAsync<T>(response, method, path, cancellationToken);
    }

    public Task<T> GetAsync<T>(string path, CancellationToken cancellationToken) => SendAsync<T>(HttpMethod.Get, path, cancellationToken: cancellationToken);

    /// <summary>Uploads an image as a tablet does: multipart/form-data with the field <c>photo</c>.</summary>
    public async Task<T> UploadAsync<T>(string path, byte[] image, string fileName, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(() =>
        {
            var content = new MultipartFormDataContent();
            var file = new ByteArrayContent(image);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "photo", fileName);
            return WithAntiforgery(new HttpRequestMessage(HttpMethod.Post, path) { Content = content });
        }, cancellationToken);
        return await ReadAsync<T>(response, HttpMethod.Post, path, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient CreateClient(Uri baseAddress, bool cookies) =>
        new(new SocketsHttpHandler { UseCookies = cookies, CookieContainer = new CookieContainer() })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    private HttpRequestMessage Request(HttpMethod method, string path, object? body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return WithAntiforgery(request);
    }

    private HttpRequestMessage WithAntiforgery(HttpRequestMessage request)
    {
        if (_antiforgeryToken is not null)
        {
            request.Headers.Add(AntiforgeryHeader, _antiforgeryToken);
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendRawAsync(Func<HttpRequestMessage> create, CancellationToken cancellationToken)
    {
        for (var wait = 1; ; wait++)
        {
            using var request = create();
            var response = await _http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || wait > MaxRateLimitWaits)
            {
                return response;
            }

            var delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(10);
            response.Dispose();
            await Task.Delay(delay + TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {detail}", null, response.StatusCode);
        }

        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    private sealed record TokenBody(string AccessToken);

    private sealed record SessionBody(string AntiforgeryToken, Guid? AccountId);
}
