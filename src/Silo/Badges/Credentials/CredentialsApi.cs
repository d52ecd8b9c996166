using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Badges.Credentials.DataIntegrity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>
/// The public side of badges: a verification page per badge, its signed Open Badges 3.0 credential, the issuer profile,
/// the published keys and a verifier. Public by design (an employer checks a badge years later without an account);
/// nothing here names a pupil.
/// </summary>
public static class CredentialsApi
{
    public static void MapCredentialsApi(this IEndpointRouteBuilder routes)
    {
        var badges = routes.MapGroup("/badges").WithTags("Credentials").AllowAnonymous();
        badges.MapGet("/{badgeId:guid}", PageAsync).WithName("GetBadgePage").WithSummary("A badge's public verification page; with Accept: application/json its signed credential");
        badges.MapGet("/{badgeId:guid}.json", CredentialAsync).WithName("GetBadgeCredential").WithSummary("A badge's Open Badges 3.0 credential as a VC-JWT (RS256)");
        badges.MapGet("/{badgeId:guid}/status", StatusAsync).WithName("GetBadgeStatus").WithSummary("The badge's revocation status, as a 1EdTech revocation list");
        routes.MapGet("/issuers/{challengeId:guid}", IssuerAsync).WithName("GetIssuer").WithTags("Credentials").AllowAnonymous()
            .WithSummary("The issuer profile of a challenge's badges, with the key set that verifies them");
        routes.MapGet(BadgeCredentials.KeySetPath, KeySetAsync).WithName("GetKeySet").WithTags("Credentials").AllowAnonymous()
            .WithSummary("Every public key badges were signed with, as a JWK set (rotation keeps old keys)");
        routes.MapPost("/api/badges/verify", VerifyAsync).WithName("VerifyBadge").WithTags("Credentials").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Verify)
            .WithSummary("Verify a badge credential: schema, signature, dates and revocation, each reported");
        routes.MapPost("/api/badges/keys/rotate", RotateAsync).WithName("RotateSigningKey").WithTags("Credentials")
            .RequireAuthorization(AccessPolicies.OrganiserAccount)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Start signing new badges with a new key; earlier keys stay published so that earlier badges keep verifying");
        routes.MapEvidencePages();
        routes.MapDataIntegrityApi();
    }

    private static async Task<IResult> PageAsync(Guid badgeId, HttpContext http, IGrainFactory grains)
    {
        if (http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value is "application/json" or "application/vc+jwt"))
        {
            return await CredentialAsync(badgeId, http, grains);
        }

        if (await BadgeCredentials.FindAsync(grains, badgeId) is not { } record)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Content(VerificationPage.Render(record, $"/badges/{badgeId}.json"), "text/html; charset=utf-8");
    }

    private static async Task<IResult> CredentialAsync(Guid badgeId, HttpContext http, IGrainFactory grains)
    {
        if (await BadgeCredentials.FindAsync(grains, badgeId) is not { } record)
        {
            return TypedResults.NotFound();
        }

        var origin = Origin(http);
        var keys = await grains.GetGrain<ISigningKeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        var jwt = BadgeCredentials.Sign(origin, BadgeCredentials.Credential(origin, record), keys[^1]);
        return TypedResults.Ok(new SignedCredential(BadgeCredentials.CredentialId(origin, badgeId), "vc+jwt", jwt));
    }

    private static async Task<IResult> StatusAsync(Guid badgeId, HttpContext http, IGrainFactory grains)
    {
        if (await BadgeCredentials.FindAsync(grains, badgeId) is not { } record)
        {
            return TypedResults.NotFound();
        }

        var credentialId = BadgeCredentials.CredentialId(Origin(http), badgeId);
        var revoked = record.Badge.Revocation is { } revocation
            ? new JsonArray(new JsonObject { ["id"] = credentialId, ["revocationReason"] = revocation.Reason })
            : [];
        return TypedResults.Text(new JsonObject { ["id"] = $"{credentialId}/status", ["revokedCredentials"] = revoked }.ToJsonString(), "application/json");
    }

    private static async Task<IResult> IssuerAsync(Guid challengeId, HttpContext http, IGrainFactory grains)
    {
        if (await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() is not { } challenge)
        {
            return TypedResults.NotFound();
        }

        var origin = Origin(http);
        var profile = new JsonObject
        {
            ["@context"] = new JsonArray(BadgeCredentials.VcContext, BadgeCredentials.ObContext),
            ["id"] = BadgeCredentials.IssuerId(origin, challengeId),
            ["type"] = new JsonArray("Profile"),
            ["name"] = challenge.Title,
            ["url"] = origin,
            ["jwks_uri"] = $"{origin}{BadgeCredentials.KeySetPath}",
        };
        return TypedResults.Text(profile.ToJsonString(), "application/json");
    }

    private static async Task<IResult> KeySetAsync(HttpContext http, IGrainFactory grains)
    {
        var keys = await grains.GetGrain<ISigningKeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        return TypedResults.Text(BadgeCredentials.KeySet(Origin(http), keys).ToJsonString(), "application/jwk-set+json");
    }

    private static async Task<Ok<ImmutableArray<PublishedKey>>> RotateAsync(HttpContext http, IGrainFactory grains)
    {
        var keys = await grains.GetGrain<ISigningKeysGrain>(ISigningKeysGrain.Default).RotateAsync();
        var origin = Origin(http);
        return TypedResults.Ok(keys.Select(k => new PublishedKey(BadgeCredentials.KeyId(origin, k), k.CreatedAt, k == keys[^1])).ToImmutableArray());
    }

    private static async Task<Ok<VerificationReport>> VerifyAsync(VerifyBadgeRequest request, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var origin = Origin(http);
        var keys = await grains.GetGrain<ISigningKeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        var checks = new List<VerificationCheck>();
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(request.Credential ?? string.Empty, new TokenValidationParameters
        {
            IssuerSigningKeys = BadgeCredentials.VerificationKeys(origin, keys),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateAudience = false,
            ValidateIssuer = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        checks.Add(new("signature", result.IsValid, result.IsValid ? "RS256 signature matches a published key." : "The signature does not match any published key, or the credential was changed."));
        var vc = result.IsValid && result.SecurityToken is JsonWebToken token && token.TryGetPayloadValue<JsonElement>("vc", out var element) ? element : (JsonElement?)null;
        var schema = vc is { } credential ? SchemaProblems(credential) : ["No readable credential."];
        checks.Add(new("schema", schema.Count == 0, schema.Count == 0 ? "Open Badges 3.0 OpenBadgeCredential with every required field." : string.Join(" ", schema)));
        var validFrom = vc is { } c && c.TryGetProperty("validFrom", out var from) && DateTimeOffset.TryParse(from.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : (DateTimeOffset?)null;
        var datesValid = validFrom is { } start && start <= time.GetUtcNow();
        checks.Add(new("dates", datesValid, datesValid ? $"Valid from {validFrom:yyyy-MM-dd}." : "validFrom is missing or lies in the future."));
        var badgeId = vc is { } v && v.TryGetProperty("id", out var id) && id.GetString() is { } text && Guid.TryParse(text.Split('/')[^1], out var parsedId) ? parsedId : (Guid?)null;
        var record = badgeId is { } known ? await BadgeCredentials.FindAsync(grains, known) : null;
        var standing = record is { Badge.IsRevoked: false };
        checks.Add(new("revocation", standing, record switch
        {
            null => "ChallengeHub does not know this badge.",
            { Badge.Revocation: { } revocation } => $"Revoked on {revocation.RevokedAt:yyyy-MM-dd}: {revocation.Reason}",
            _ => "Not revoked.",
        }));
        return TypedResults.Ok(new VerificationReport(checks.All(c => c.Passed), [.. checks]));
    }

    private static List<string> SchemaProblems(JsonElement credential)
    {
        var problems = new List<string>();
        void Require(bool present, string what)
        {
            if (!present)
            {
                problems.Add($"{what} is missing.");
            }
        }

        static bool Has(JsonElement element, string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);
        static bool Contains(JsonElement element, string name, string value) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            && array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == value);

        Require(Contains(credential, "@context", BadgeCredentials.VcContext), "The Verifiable Credentials 2.0 context");
        Require(Contains(credential, "@context", BadgeCredentials.ObContext), "The Open Badges 3.0 context");
        Require(Contains(credential, "type", "OpenBadgeCredential"), "The type OpenBadgeCredential");
        Require(Has(credential, "id"), "id");
        Require(Has(credential, "issuer") && Has(credential.GetProperty("issuer"), "id"), "issuer.id");
        Require(Has(credential, "validFrom"), "validFrom");
        var subject = Has(credential, "credentialSubject") ? credential.GetProperty("credentialSubject") : default;
        var achievement = Has(subject, "achievement") ? subject.GetProperty("achievement") : default;
        Require(Has(achievement, "id") && Has(achievement, "name") && Has(achievement, "description") && Has(achievement, "criteria"),
            "credentialSubject.achievement with id, name, description and criteria");
        return problems;
    }

    private static string Origin(HttpContext http) => PublicAddress.Of(http);
}

/// <summary>A badge's credential: <paramref name="Credential"/> is the compact JWS of the OB 3.0 VC-JWT.</summary>
public sealed record SignedCredential(string Id, string Format, string Credential);

/// <summary>A key in the published set: its <c>kid</c>, when it was made, and whether new badges are signed with it.</summary>
public sealed record PublishedKey(string Kid, DateTimeOffset CreatedAt, bool Signing);

/// <summary>Body of <c>POST /api/badges/verify</c>: a credential as received, in its compact VC-JWT form.</summary>
public sealed record VerifyBadgeRequest(string? Credential);

/// <summary>What was checked and whether each check passed; <paramref name="Valid"/> when all did.</summary>
public sealed record VerificationReport(bool Valid, IReadOnlyList<VerificationCheck> Checks);

public sealed record VerificationCheck(string Check, bool Passed, string Detail);
