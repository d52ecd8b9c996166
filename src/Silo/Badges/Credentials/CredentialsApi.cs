using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Grains.Badges.Status;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Badges.Credentials.DataIntegrity;
using ChallengeHub.Silo.Badges.Credentials.Issuance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>
/// The public side of badges: a verification page per badge, its signed Open Badges 3.0 credential as issued, the issuer
/// profile, the published keys and a verifier. Public by design (an employer checks a badge years later without an
/// account); nothing here names a pupil.
/// </summary>
public static class CredentialsApi
{
    public static void MapCredentialsApi(this IEndpointRouteBuilder routes)
    {
        var badges = routes.MapGroup("/badges").WithTags("Credentials").AllowAnonymous();
        badges.MapGet("/{badgeId:guid}", PageAsync).WithName("GetBadgePage")
            .WithSummary("A badge's public verification page; with Accept: application/vc+jwt its signed credential");
        badges.MapGet("/{badgeId:guid}/qr.svg", QrAsync).WithName("GetBadgeQr")
            .WithSummary("A QR code of the address of a badge's signed credential, for a phone or wallet to fetch it");
        badges.MapGet("/{badgeId:guid}.json", CredentialAsync).WithName("GetBadgeCredential")
            .WithSummary("A badge's Open Badges 3.0 credential as issued: the compact JWS itself (application/vc+jwt, RS256)");
        routes.MapGet("/issuers/{challengeId:guid}", IssuerAsync).WithName("GetIssuer").WithTags("Credentials").AllowAnonymous()
            .WithSummary("The issuer profile of a challenge's badges");
        routes.MapGet(BadgeCredentials.ChallengeHubIssuerPath, ChallengeHubIssuer).WithName("GetChallengeHubIssuer").WithTags("Credentials").AllowAnonymous()
            .WithSummary("ChallengeHub's own issuer profile: the issuer of pupils' learner records, which span challenges");
        routes.MapGet($"{StatusLists.Path}/{{challengeId:guid}}", StatusListAsync).WithName("GetStatusList").WithTags("Credentials").AllowAnonymous()
            .WithSummary("A challenge's Bitstring Status List credential (application/vc+jwt): one list for all its badges, a set bit is a revoked badge");
        routes.MapGet($"{BadgeCredentials.KeyPath}/{{keyId}}", KeyAsync).WithName("GetSigningKey").WithTags("Credentials").AllowAnonymous()
            .WithSummary("One public key as a JWK: what a credential's kid dereferences to");
        routes.MapGet(BadgeCredentials.KeySetPath, KeySetAsync).WithName("GetKeySet").WithTags("Credentials").AllowAnonymous()
            .WithSummary("Every public key badges were signed with, as a JWK set (rotation keeps old keys)");
        routes.MapPost("/api/badges/verify", CredentialVerifier.VerifyAsync).WithName("VerifyBadge").WithTags("Credentials").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Verify)
            .WithSummary("Verify a badge credential: schema, signature, dates and revocation, each reported");
        routes.MapPost("/api/badges/keys/rotate", RotateAsync).WithName("RotateSigningKey").WithTags("Credentials")
            .RequireAuthorization(AccessPolicies.OrganiserAccount)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Start signing new badges with a new key; earlier keys stay published so that earlier badges keep verifying");
        routes.MapEvidencePages();
        routes.MapDataIntegrityApi();
    }

    private static async Task<IResult> PageAsync(Guid badgeId, HttpContext http, IGrainFactory grains, CredentialIssuer issuer)
    {
        if (http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value == JwtCredentialSigner.MediaType))
        {
            return await CredentialAsync(badgeId, http, issuer);
        }

        if (await BadgeCredentials.FindAsync(grains, badgeId) is not { } record)
        {
            return TypedResults.NotFound();
        }

        // The page says the signature holds only after checking the stored credential against the published keys.
        var origin = PublicAddress.Of(http);
        var keys = await grains.GetGrain<ISigningKeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        var signed = await issuer.FindAsync(badgeId, origin, JwtCredentialSigner.JwtFormat) is { } jws && await CredentialVerifier.SignatureHoldsAsync(jws, origin, keys);
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return TypedResults.Content(VerificationPage.Render(record, $"/badges/{badgeId}.json", language, signed), "text/html; charset=utf-8");
    }

    private static async Task<IResult> CredentialAsync(Guid badgeId, HttpContext http, CredentialIssuer issuer) =>
        await issuer.FindAsync(badgeId, PublicAddress.Of(http), JwtCredentialSigner.JwtFormat) is { } jws
            ? TypedResults.Text(jws, JwtCredentialSigner.MediaType)
            : TypedResults.NotFound();

    /// <summary>Signed as it is asked for, since it changes with every revocation; with the configured address, like every credential.</summary>
    private static async Task<IResult> StatusListAsync(Guid challengeId, HttpContext http, IGrainFactory grains, JwtCredentialSigner signer, TimeProvider time)
    {
        if (await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() is null)
        {
            return TypedResults.NotFound();
        }

        var origin = PublicAddress.Of(http);
        var list = await grains.GetGrain<IStatusListGrain>(challengeId).GetAsync();
        return TypedResults.Text(await signer.SignAsync(StatusLists.Credential(origin, challengeId, list, time.GetUtcNow()), origin), JwtCredentialSigner.MediaType);
    }

    private static async Task<IResult> QrAsync(Guid badgeId, HttpContext http, IGrainFactory grains)
    {
        if (await grains.GetGrain<IBadgeLocatorGrain>(badgeId).GetAsync() is null)
        {
            return TypedResults.NotFound();
        }

        using var qr = QRCoder.QRCodeGenerator.GenerateQrCode($"{BadgeCredentials.CredentialId(PublicAddress.Of(http), badgeId)}.json", QRCoder.QRCodeGenerator.ECCLevel.M);
        return TypedResults.Text(new QRCoder.SvgQRCode(qr).GetGraphic(8), "image/svg+xml");
    }

    private static async Task<IResult> IssuerAsync(Guid challengeId, HttpContext http, IGrainFactory grains)
    {
        if (await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() is not { } challenge)
        {
            return TypedResults.NotFound();
        }

        var origin = PublicAddress.Of(http);
        var profile = new JsonObject
        {
            ["@context"] = new JsonArray(BadgeCredentials.VcContext, BadgeCredentials.ObContext),
            ["id"] = BadgeCredentials.IssuerId(origin, challengeId),
            ["type"] = new JsonArray("Profile"),
            ["name"] = challenge.Title,
            ["url"] = origin,
        };
        return TypedResults.Text(profile.ToJsonString(), "application/json");
    }

    private static ContentHttpResult ChallengeHubIssuer(HttpContext http)
    {
        var origin = PublicAddress.Of(http);
        var profile = new JsonObject
        {
            ["@context"] = new JsonArray(BadgeCredentials.VcContext, BadgeCredentials.ObContext),
            ["id"] = BadgeCredentials.ChallengeHubIssuerId(origin),
            ["type"] = new JsonArray("Profile"),
            ["name"] = BadgeCredentials.ChallengeHubIssuerName,
            ["url"] = origin,
        };
        return TypedResults.Text(profile.ToJsonString(), "application/json");
    }

    private static async Task<IResult> KeyAsync(string keyId, HttpContext http, IGrainFactory grains)
    {
        var keys = await grains.GetGrain<ISigningKeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        return keys.FirstOrDefault(k => k.Id == keyId) is { } key
            ? TypedResults.Text(PublishedKeys.Jwk(PublicAddress.Of(http), key).ToJsonString(), "application/jwk+json")
            : TypedResults.NotFound();
    }

    private static async Task<IResult> KeySetAsync(HttpContext http, IGrainFactory grains)
    {
        var keys = await grains.GetGrain<ISigningKeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        return TypedResults.Text(PublishedKeys.KeySet(PublicAddress.Of(http), keys).ToJsonString(), "application/jwk-set+json");
    }

    private static async Task<Ok<ImmutableArray<PublishedKey>>> RotateAsync(HttpContext http, IGrainFactory grains)
    {
        var keys = await grains.GetGrain<ISigningKeysGrain>(ISigningKeysGrain.Default).RotateAsync();
        var origin = PublicAddress.Of(http);
        return TypedResults.Ok(keys.Select(k => new PublishedKey(BadgeCredentials.KeyId(origin, k), k.CreatedAt, k == keys[^1])).ToImmutableArray());
    }
}

/// <summary>A key in the published set: its <c>kid</c>, when it was made, and whether new badges are signed with it.</summary>
public sealed record PublishedKey(string Kid, DateTimeOffset CreatedAt, bool Signing);
