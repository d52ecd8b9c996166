using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>
/// The provider side of OpenID Connect, as small as the Silo's code flow needs: a discovery document, its signing key,
/// and a token endpoint that answers a code the test announced with an id token for the subject the test chose.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, (string Subject, string Name, string Nonce)> _codes = new();
    private WebApplication _app = null!;

    public string Issuer { get; private set; } = string.Empty;

    public static async Task<FakeOpenIdProvider> StartAsync(string clientId)
    {
        var provider = new FakeOpenIdProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        provider._app = builder.Build();
        provider.Map(clientId);
        await provider._app.StartAsync();
        provider.Issuer = provider._app.Urls.Single();
        return provider;
    }

    /// <summary>The next time the Silo redeems <paramref name="code"/>, it learns that <paramref name="subject"/> signed in.</summary>
    public void Announce(string code, string subject, string name, string nonce) => _codes[code] = (subject, name, nonce);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _rsa.Dispose();
    }

    private void Map(string clientId)
    {
        var key = new RsaSecurityKey(_rsa) { KeyId = "challengehub-tests" };
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{Issuer}/authorize",
            ["token_endpoint"] = $"{Issuer}/token",
            ["jwks_uri"] = $"{Issuer}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var parameters = _rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", alg = "RS256", kid = key.KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
                },
            });
        });
        _app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!_codes.TryRemove(form["code"].ToString(), out var signedIn) || string.IsNullOrEmpty(form["code_verifier"]))
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
            }

            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = clientId,
                Subject = new ClaimsIdentity([new("sub", signedIn.Subject), new("name", signedIn.Name), new("nonce", signedIn.Nonce)]),
                IssuedAt = DateTime.UtcNow,
                Expires = DateTime.UtcNow.AddMinutes(5),
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            });
            return Results.Json(new { access_token = "toegang", token_type = "Bearer", expires_in = 300, id_token = idToken });
        });
    }
}
