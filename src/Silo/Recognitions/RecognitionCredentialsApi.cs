using ChallengeHub.Silo.Badges.Credentials;
using ChallengeHub.Silo.Badges.Credentials.DataIntegrity;
using ChallengeHub.Silo.Badges.Credentials.Issuance;

namespace ChallengeHub.Silo.Recognitions;

/// <summary>
/// A published recognition's Open Badges 3.0 credential, in the two forms a badge has, beside the badges' addresses. Public by
/// design, like a badge's credential: an employer checks it without an account, and it names no pupil.
/// </summary>
public static class RecognitionCredentialsApi
{
    public static void MapRecognitionCredentials(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/recognitions/{challengeId:guid}").WithTags("Credentials").AllowAnonymous();
        group.MapGet("/{recognitionId:guid}.json", JwtAsync).WithName("GetRecognitionCredential")
            .WithSummary("A published recognition's Open Badges 3.0 credential as issued: the compact JWS (application/vc+jwt, RS256)");
        group.MapGet("/{recognitionId:guid}.jsonld", DataIntegrityAsync).WithName("GetRecognitionDataIntegrityCredential")
            .WithSummary("A published recognition's Open Badges 3.0 credential as issued with an eddsa-rdfc-2022 Data Integrity proof (application/vc+ld+json)");
    }

    /// <summary>Issues the credentials of every recognition in <paramref name="recognitionIds"/> that are not stored yet, as a badge's are at award.</summary>
    public static async Task IssueAsync(CredentialIssuer issuer, IGrainFactory grains, Guid challengeId, IEnumerable<Guid> recognitionIds, string origin)
    {
        foreach (var id in recognitionIds)
        {
            await issuer.GetOrIssueAsync(id, () => RecognitionCredentials.DraftAsync(grains, challengeId, id, origin), origin);
        }
    }

    private static async Task<IResult> JwtAsync(Guid challengeId, Guid recognitionId, HttpContext http, IGrainFactory grains, CredentialIssuer issuer) =>
        await FindAsync(challengeId, recognitionId, http, grains, issuer, JwtCredentialSigner.JwtFormat) is { } jws
            ? TypedResults.Text(jws, JwtCredentialSigner.MediaType)
            : TypedResults.NotFound();

    private static async Task<IResult> DataIntegrityAsync(Guid challengeId, Guid recognitionId, HttpContext http, IGrainFactory grains, CredentialIssuer issuer) =>
        await FindAsync(challengeId, recognitionId, http, grains, issuer, DataIntegritySigner.DataIntegrityFormat) is { } credential
            ? TypedResults.Text(credential, DataIntegritySigner.MediaType)
            : TypedResults.NotFound();

    /// <summary>
    /// The recognition is looked up before the store is read: the store is shared with badges, and only a published recognition
    /// of this challenge has a credential here.
    /// </summary>
    private static async Task<string?> FindAsync(Guid challengeId, Guid recognitionId, HttpContext http, IGrainFactory grains, CredentialIssuer issuer, string format)
    {
        var origin = PublicAddress.Of(http);
        if (await RecognitionCredentials.DraftAsync(grains, challengeId, recognitionId, origin) is not { } draft)
        {
            return null;
        }

        var issued = await issuer.GetOrIssueAsync(recognitionId, () => Task.FromResult<CredentialDraft?>(draft), origin);
        return issued?.FirstOrDefault(c => c.Format == format)?.Content;
    }
}
