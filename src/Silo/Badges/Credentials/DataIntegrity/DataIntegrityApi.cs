using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Grains.Badges.Status;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Silo.Badges.Credentials.Issuance;

namespace ChallengeHub.Silo.Badges.Credentials.DataIntegrity;

/// <summary>
/// The public side of the Data Integrity form of badges: the JSON-LD credential with its proof, each challenge's issuer
/// DID document (what the proof's verification method dereferences through) and the Data Integrity copy of its status
/// list. Public by design, like the JWT form.
/// </summary>
public static class DataIntegrityApi
{
    public const string DidDocumentMediaType = "application/did+json";

    public static void MapDataIntegrityApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/badges/{badgeId:guid}.jsonld", CredentialAsync).WithName("GetBadgeDataIntegrityCredential").WithTags("Credentials").AllowAnonymous()
            .WithSummary("A badge's Open Badges 3.0 credential as issued with an embedded eddsa-rdfc-2022 Data Integrity proof (application/vc+ld+json)");
        routes.MapGet("/issuers/{challengeId:guid}/did.json", DidDocumentAsync).WithName("GetIssuerDidDocument").WithTags("Credentials").AllowAnonymous()
            .WithSummary("The did:web document of a challenge's issuer: the Ed25519 Multikeys its Data Integrity proofs verify with");
        routes.MapGet($"{BadgeCredentials.ChallengeHubIssuerPath}/did.json", ChallengeHubDidDocumentAsync).WithName("GetChallengeHubDidDocument").WithTags("Credentials")
            .AllowAnonymous()
            .WithSummary("The did:web document of ChallengeHub's own issuer (learner records): the same Ed25519 Multikeys as the challenges' issuers");
        routes.MapGet($"{StatusLists.Path}/{{challengeId:guid}}{DataIntegritySigner.Extension}", StatusListAsync).WithName("GetDataIntegrityStatusList")
            .WithTags("Credentials").AllowAnonymous()
            .WithSummary("A challenge's Bitstring Status List credential with a Data Integrity proof, for the Data Integrity form of its badges");
    }

    /// <summary>The issuer's address as a DID: <c>{public address}/issuers/{challenge}</c> spelled as did:web.</summary>
    public static string IssuerDid(string origin, Guid challengeId) => DidWeb.FromAddress(BadgeCredentials.IssuerId(origin, challengeId));

    private static async Task<IResult> CredentialAsync(Guid badgeId, HttpContext http, CredentialIssuer issuer) =>
        await issuer.FindAsync(badgeId, PublicAddress.Of(http), DataIntegritySigner.DataIntegrityFormat) is { } credential
            ? TypedResults.Text(credential, DataIntegritySigner.MediaType)
            : TypedResults.NotFound();

    private static async Task<IResult> DidDocumentAsync(Guid challengeId, HttpContext http, IGrainFactory grains)
    {
        if (await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() is null)
        {
            return TypedResults.NotFound();
        }

        var keys = await grains.GetGrain<IMultikeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        return TypedResults.Text(DidWeb.Document(IssuerDid(PublicAddress.Of(http), challengeId), keys).ToJsonString(), DidDocumentMediaType);
    }

    private static async Task<IResult> ChallengeHubDidDocumentAsync(HttpContext http, IGrainFactory grains)
    {
        var keys = await grains.GetGrain<IMultikeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        var did = DidWeb.FromAddress(BadgeCredentials.ChallengeHubIssuerId(PublicAddress.Of(http)));
        return TypedResults.Text(DidWeb.Document(did, keys).ToJsonString(), DidDocumentMediaType);
    }

    /// <summary>Signed as it is asked for, like the JWT form, since it changes with every revocation.</summary>
    private static async Task<IResult> StatusListAsync(Guid challengeId, HttpContext http, IGrainFactory grains, DataIntegritySigner signer, TimeProvider time)
    {
        if (await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() is null)
        {
            return TypedResults.NotFound();
        }

        var origin = PublicAddress.Of(http);
        var list = StatusLists.Credential(origin, challengeId, await grains.GetGrain<IStatusListGrain>(challengeId).GetAsync(), time.GetUtcNow());
        var id = StatusLists.ListId(origin, challengeId) + DataIntegritySigner.Extension;
        list["id"] = id;
        list["issuer"] = IssuerDid(origin, challengeId);
        list["credentialSubject"]!["id"] = $"{id}#list";
        return TypedResults.Text((await signer.SignDocumentAsync(list)).ToJsonString(), DataIntegritySigner.MediaType);
    }
}
