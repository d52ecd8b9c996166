using ChallengeHub.Grains.Reports;
using ChallengeHub.Silo.Badges.Certificates;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ChallengeHub.Silo.Reports;

/// <summary>
/// The impact report as a PDF for a funder's meeting: the same figures as the CSV, one table per part, in the request's
/// language, a suppressed figure as the words "fewer than 10". No chart: the tables carry every figure, and a printout
/// that a reader copies numbers from is best read as a table.
/// </summary>
public static class ImpactPdf
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static byte[] Render(ImpactReport report, ImpactTexts texts)
    {
        using var document = new PdfDocument();
        var heading = texts.HeadingOf(report.OwnSchool);
        document.Info.Title = $"{heading} – {report.ChallengeTitle}";
        var writer = new PdfLines(document);
        writer.Line(heading, writer.Title, writer.Accent, 4);
        writer.Line(report.ChallengeTitle, writer.Heading, after: 2);
        writer.Line(report.ScopeName ?? texts.Season, writer.Label, after: 2);
        writer.Line(string.Format(texts.Culture, texts.ComputedAt, TimeZoneInfo.ConvertTime(report.ComputedAt, Brussels).ToString("g", texts.Culture)), writer.Small, XBrushes.DimGray, 6);
        writer.Line(texts.IntroOf(report.OwnSchool), writer.Body, XBrushes.DimGray, 12);
        foreach (var part in ImpactCsv.Rows(report, texts).GroupBy(row => row[0]))
        {
            writer.Line(part.Key, writer.Heading, writer.Accent, 4);
            writer.Row([texts.Figure, texts.Detail, texts.Value], writer.Label);
            foreach (var row in part)
            {
                writer.Row(row[1..], writer.Body);
            }

            writer.Space(12);
        }

        writer.Dispose();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
