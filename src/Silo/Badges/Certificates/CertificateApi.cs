using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Badges.Credentials;

namespace ChallengeHub.Silo.Badges.Certificates;

/// <summary>
/// A printable certificate of a badge, for the pupils of its team. The name a pupil types travels in the request body only:
/// it is drawn on this one PDF and is never stored or logged (a POST, so that it is in no address either).
/// </summary>
public static class CertificateApi
{
    public const int MaxNameLength = 60;

    public static void MapCertificates(this RouteGroupBuilder badges) =>
        badges.MapPost("/{badgeId:guid}/certificate", CertificateAsync).WithName("GetBadgeCertificate").RequireAuthorization(AccessPolicies.TeamPupil)
            .WithSummary("A printable certificate of the badge as PDF, in the request's language; a name typed by the pupil is printed and never stored")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> CertificateAsync(Guid challengeId, Guid teamId, Guid badgeId, CertificateRequest request, HttpContext http, IGrainFactory grains)
    {
        var validation = new Validation();
        var name = validation.Name("name", request.Name, MaxNameLength, required: false);
        validation.ThrowIfInvalid();
        if (await BadgeCredentials.FindAsync(grains, badgeId) is not { } record || record.Team.Id != teamId || record.Challenge.Id != challengeId)
        {
            throw DomainException.NotFound(ProblemTypes.BadgeNotFound, badgeId);
        }

        if (record.Badge.Revocation is { } revocation)
        {
            throw new DomainException(ProblemTypes.BadgeAlreadyRevoked, $"This badge was revoked on {revocation.RevokedAt:yyyy-MM-dd}; it has no certificate.");
        }

        if (!CertificateFonts.Available)
        {
            throw new DomainException(ProblemTypes.CertificateUnavailable, "No typeface for certificates is installed on this server (DejaVu Sans or Liberation Sans).");
        }

        var texts = CertificateTexts.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var pdf = CertificatePdf.Render(record, BadgeCredentials.CredentialId(PublicAddress.Of(http), badgeId), name.Length > 0 ? name : null, texts);
        return TypedResults.File(pdf, "application/pdf", $"certificate-{badgeId}.pdf");
    }
}

/// <summary>Body of <c>POST …/badges/{badgeId}/certificate</c>: <paramref name="Name"/> is what the pupil typed to be printed, if anything.</summary>
public sealed record CertificateRequest([property: MaxLength(CertificateApi.MaxNameLength)] string? Name);
