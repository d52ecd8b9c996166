using System.Globalization;
using System.Text;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Badges.Certificates;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Badges.Credentials;
using ChallengeHub.Silo.Badges.Credentials.DataIntegrity;
using ChallengeHub.Silo.Badges.Credentials.Issuance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Profiles;

/// <summary>
/// A pupil's "what I can do" profile. The recovery codes are the pupil's proof that the badges are theirs, so anyone holding
/// them may ask; they travel in the body of a POST (in no address, no log) and the profile is kept nowhere.
/// </summary>
public static class ProfileApi
{
    public static void MapProfileApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/profile").WithTags("Profile").AllowAnonymous().RequireRateLimiting(RateLimits.Verify)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/", ProfileAsync).WithName("GetPupilProfile")
            .WithSummary("A pupil's badges and recognitions from every challenge whose recovery code they give, grouped by competence");
        group.MapPost("/pdf", PdfAsync).WithName("GetPupilProfilePdf")
            .WithSummary("The same profile as a printable PDF, in the request's language; a name typed by the pupil is printed and never stored")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/clr", LearnerRecordAsync).WithName("GetPupilLearnerRecord")
            .WithSummary("The same badges as a 1EdTech CLR 2.0 learner record (application/vc+ld+json): every badge credential in the pupil's name as issued, "
                + "with its own proof, and the achievements they evidence, signed by ChallengeHub with an eddsa-rdfc-2022 Data Integrity proof; built on request, kept nowhere")
            .Produces(StatusCodes.Status200OK, contentType: DataIntegritySigner.MediaType);
    }

    private static async Task<Ok<PupilProfile>> ProfileAsync(ProfileRequest request, IGrainFactory grains) =>
        TypedResults.Ok(PupilProfiles.Build(await PupilProfiles.FindAsync(grains, Codes(request.RecoveryCodes))));

    private static async Task<IResult> PdfAsync(ProfilePdfRequest request, IGrainFactory grains)
    {
        var codes = Codes(request.RecoveryCodes);
        var validation = new Validation();
        var name = validation.Name("name", request.Name, CertificateApi.MaxNameLength, required: false);
        validation.ThrowIfInvalid();
        var profile = PupilProfiles.Build(await PupilProfiles.FindAsync(grains, codes));
        if (!CertificateFonts.Available)
        {
            throw new DomainException(ProblemTypes.CertificateUnavailable, "No typeface for printing is installed on this server (DejaVu Sans or Liberation Sans).");
        }

        var pdf = ProfilePdf.Render(profile, name.Length > 0 ? name : null, ProfileTexts.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        return TypedResults.File(pdf, "application/pdf", "profile.pdf");
    }

    private static async Task<IResult> LearnerRecordAsync(ProfileRequest request, HttpContext http, IGrainFactory grains, CredentialIssuer issuer, TimeProvider time)
    {
        var parts = await PupilProfiles.FindAsync(grains, Codes(request.RecoveryCodes));
        var origin = PublicAddress.Of(http);
        var texts = ProfileTexts.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var record = await LearnerRecords.BuildAsync(issuer, parts, origin, texts, time.GetUtcNow())
            ?? throw new DomainException(ProblemTypes.LearnerRecordEmpty, "No badge is in this pupil's name yet, and a learner record bundles at least one badge credential.");
        var signed = await issuer.SignUnstoredAsync(record, origin, DataIntegritySigner.DataIntegrityFormat);
        return TypedResults.File(Encoding.UTF8.GetBytes(signed), DataIntegritySigner.MediaType, "learner-record.json");
    }

    /// <summary>The codes of a request, or a 400 that changes nothing.</summary>
    public static string[] Codes(string[]? codes)
    {
        var validation = new Validation();
        if (codes is null || codes.Length == 0 || codes.All(string.IsNullOrWhiteSpace))
        {
            validation.Add("recoveryCodes", "recoveryCodes is required: at least one recovery code.");
        }
        else if (codes.Length > PupilProfiles.MaxCodes)
        {
            validation.Add("recoveryCodes", $"At most {PupilProfiles.MaxCodes} recovery codes at once.");
        }
        else if (codes.Any(c => c is null || c.Length > PupilProfiles.MaxCodeLength))
        {
            validation.Add("recoveryCodes", $"A recovery code has at most {PupilProfiles.MaxCodeLength} characters.");
        }

        validation.ThrowIfInvalid();
        return codes!;
    }
}
