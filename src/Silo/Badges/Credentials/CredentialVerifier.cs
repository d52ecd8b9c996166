using System.Buffers.Text;
using System.Collections.Immutable;
using System.Text.Json;
using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Silo.Badges.Credentials.Issuance;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>
/// ChallengeHub's own check of a credential it issued, for an employer without other tools: signature against the published
/// keys, the required Open Badges fields, dates and revocation, each reported. Independent verifiers check the same things
/// from the credential's own links.
/// </summary>
public static class CredentialVerifier
{
    public static async Task<Ok<VerificationReport>> VerifyAsync(VerifyBadgeRequest request, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var origin = PublicAddress.Of(http);
        var keys = await grains.GetGrain<ISigningKeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        var checks = new List<VerificationCheck>();
        var result = await ValidateAsync(request.Credential ?? string.Empty, origin, keys);
        checks.Add(new("signature", result.IsValid, result.IsValid ? "RS256 signature matches a published key." : "The signature does not match any published key, or the credential was changed."));
        // VC-JOSE-COSE: the payload is the credential itself.
        var vc = result.IsValid && result.SecurityToken is JsonWebToken token ? Payload(token) : null;
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

    /// <summary>Whether <paramref name="jws"/> carries a valid RS256 signature of one of the published keys.</summary>
    public static async Task<bool> SignatureHoldsAsync(string jws, string origin, ImmutableArray<SigningKey> keys) =>
        (await ValidateAsync(jws, origin, keys)).IsValid;

    private static Task<TokenValidationResult> ValidateAsync(string jws, string origin, ImmutableArray<SigningKey> keys) =>
        new JsonWebTokenHandler().ValidateTokenAsync(jws, new TokenValidationParameters
        {
            IssuerSigningKeys = PublishedKeys.VerificationKeys(origin, keys),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateAudience = false,
            ValidateIssuer = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });

    private static JsonElement? Payload(JsonWebToken token)
    {
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.EncodedPayload));
        return payload.RootElement.Clone();
    }
}

/// <summary>Body of <c>POST /api/badges/verify</c>: a credential as received, in its compact VC-JWT form.</summary>
public sealed record VerifyBadgeRequest(string? Credential);

/// <summary>What was checked and whether each check passed; <paramref name="Valid"/> when all did.</summary>
public sealed record VerificationReport(bool Valid, IReadOnlyList<VerificationCheck> Checks);

/// <summary>One check: <paramref name="Check"/> is signature, schema, dates or revocation.</summary>
public sealed record VerificationCheck(string Check, bool Passed, string Detail);
