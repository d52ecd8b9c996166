using System.Globalization;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Reports;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Badges.Certificates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChallengeHub.Silo.Reports;

/// <summary>
/// What a challenge achieved, for the organiser and invited sector-fund staff, and for a coach about their own school's teams:
/// counts across teams only, with small groups hidden (docs/impact-report.md).
/// </summary>
public static class ImpactApi
{
    public static RouteGroupBuilder MapImpactApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/impact").WithTags("Impact").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", GetAsync).WithName("GetImpactReport").RequireAuthorization(AccessPolicies.ReadImpact)
            .WithSummary("The impact report of the season, or of one round or venue (?round=, ?venue=); no figure per team or school");
        group.MapGet("/csv", GetCsvAsync).WithName("GetImpactReportCsv").RequireAuthorization(AccessPolicies.ReadImpact)
            .WithSummary("The same report as CSV (UTF-8 with BOM, ';'-separated) in the request's language; suppressed figures in words")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapGet("/pdf", GetPdfAsync).WithName("GetImpactReportPdf").RequireAuthorization(AccessPolicies.ReadImpact)
            .WithSummary("The same report as a PDF with a table per part, in the request's language; suppressed figures in words")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/own-school", GetOwnSchoolAsync).WithName("GetSchoolImpactReport").RequireAuthorization(AccessPolicies.ReadSchoolImpact)
            .WithSummary("The same report over the teams of the calling coach's school");
        group.MapGet("/own-school/csv", GetOwnSchoolCsvAsync).WithName("GetSchoolImpactReportCsv").RequireAuthorization(AccessPolicies.ReadSchoolImpact)
            .WithSummary("The coach's own-school report as CSV, titled as covering the own school's teams; it names no team or school")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapGet("/own-school/pdf", GetOwnSchoolPdfAsync).WithName("GetSchoolImpactReportPdf").RequireAuthorization(AccessPolicies.ReadSchoolImpact)
            .WithSummary("The coach's own-school report as a PDF, titled as covering the own school's teams; it names no team or school")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static Task<ImpactReport> ReportAsync(IGrainFactory grains, Guid challengeId, Guid? round, Guid? venue) =>
        grains.GetGrain<IImpactReportGrain>(challengeId).GetAsync(new ImpactScope(round, venue));

    private static Task<ImpactReport> OwnSchoolReportAsync(IGrainFactory grains, Guid challengeId, Guid? round, Guid? venue, HttpContext http) =>
        grains.GetGrain<IImpactReportGrain>(challengeId).GetForCoachAsync(new ImpactScope(round, venue), Caller.From(http.User)!.Id);

    private static async Task<Ok<ImpactReport>> GetAsync(Guid challengeId, Guid? round, Guid? venue, IGrainFactory grains) =>
        TypedResults.Ok(await ReportAsync(grains, challengeId, round, venue));

    private static async Task<FileContentHttpResult> GetCsvAsync(Guid challengeId, Guid? round, Guid? venue, IGrainFactory grains) =>
        Csv(await ReportAsync(grains, challengeId, round, venue));

    private static async Task<FileContentHttpResult> GetPdfAsync(Guid challengeId, Guid? round, Guid? venue, IGrainFactory grains) =>
        Pdf(await ReportAsync(grains, challengeId, round, venue));

    private static async Task<Ok<ImpactReport>> GetOwnSchoolAsync(Guid challengeId, Guid? round, Guid? venue, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await OwnSchoolReportAsync(grains, challengeId, round, venue, http));

    private static async Task<FileContentHttpResult> GetOwnSchoolCsvAsync(Guid challengeId, Guid? round, Guid? venue, HttpContext http, IGrainFactory grains) =>
        Csv(await OwnSchoolReportAsync(grains, challengeId, round, venue, http));

    private static async Task<FileContentHttpResult> GetOwnSchoolPdfAsync(Guid challengeId, Guid? round, Guid? venue, HttpContext http, IGrainFactory grains) =>
        Pdf(await OwnSchoolReportAsync(grains, challengeId, round, venue, http));

    private static FileContentHttpResult Csv(ImpactReport report) =>
        TypedResults.File(ImpactCsv.Write(report, Texts()), "text/csv; charset=utf-8", $"{FileName(report)}.csv");

    private static FileContentHttpResult Pdf(ImpactReport report)
    {
        if (!CertificateFonts.Available)
        {
            throw new DomainException(ProblemTypes.CertificateUnavailable, "No typeface for printing is installed on this server (DejaVu Sans or Liberation Sans).");
        }

        return TypedResults.File(ImpactPdf.Render(report, Texts()), "application/pdf", $"{FileName(report)}.pdf");
    }

    private static ImpactTexts Texts() => ImpactTexts.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    private static string FileName(ImpactReport report) => $"impact{(report.OwnSchool ? "-own-school" : string.Empty)}-{report.ComputedAt:yyyy-MM-dd}";
}
