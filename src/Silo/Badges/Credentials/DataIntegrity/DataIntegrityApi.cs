using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Silo.Badges.Credentials.DataIntegrity;

/// <summary>
/// The public side of the Data Integrity form of badges: each challenge's issuer DID document, which Data Integrity
/// verifiers dereference the proof's verification method through. Public by design, like the JWK set.
/// </summary>
public static class DataIntegrityApi
{
    public const string DidDocumentMediaType = "application/did+json";

    public static void MapDataIntegrityApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/issuers/{challengeId:guid}/did.json", DidDocumentAsync).WithName("GetIssuerDidDocument").WithTags("Credentials").AllowAnonymous()
            .WithSummary("The did:web document of a challenge's issuer: the Ed25519 Multikeys its Data Integrity proofs verify with");
    }

    /// <summary>The issuer's address as a DID: <c>{public address}/issuers/{challenge}</c> spelled as did:web.</summary>
    public static string IssuerDid(string origin, Guid challengeId) => DidWeb.FromAddress(BadgeCredentials.IssuerId(origin, challengeId));

    private static async Task<IResult> DidDocumentAsync(Guid challengeId, HttpContext http, IGrainFactory grains)
    {
        if (await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() is null)
        {
            return TypedResults.NotFound();
        }

        var keys = await grains.GetGrain<IMultikeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        return TypedResults.Text(DidWeb.Document(IssuerDid(PublicAddress.Of(http), challengeId), keys).ToJsonString(), DidDocumentMediaType);
    }
}
