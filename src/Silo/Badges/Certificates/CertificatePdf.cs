using ChallengeHub.Silo.Badges.Credentials;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using QRCoder;

namespace ChallengeHub.Silo.Badges.Certificates;

/// <summary>
/// A badge's printable certificate: the competence and the level shown, the team, school and challenge, the date, what the
/// juror saw, and a QR code to the public verification page. A name appears only when the pupil typed it for this print.
/// </summary>
public static class CertificatePdf
{
    public static byte[] Render(BadgeRecord record, string verificationAddress, string? name, CertificateTexts t)
    {
        var (badge, challenge, team, competence) = (record.Badge, record.Challenge, record.Team, record.Competence);
        var level = competence.Levels.First(l => l.Level == badge.Level);
        using var document = new PdfDocument();
        document.Info.Title = $"{t.In(competence.Name)} – {team.Name}";
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var (margin, width) = (XUnit.FromCentimeter(2.2).Point, page.Width.Point - XUnit.FromCentimeter(4.4).Point);
            var y = XUnit.FromCentimeter(2.5).Point;
            var title = new XFont(CertificateFonts.Family, 26, XFontStyleEx.Bold);
            var heading = new XFont(CertificateFonts.Family, 18, XFontStyleEx.Bold);
            var body = new XFont(CertificateFonts.Family, 12, XFontStyleEx.Regular);
            var label = new XFont(CertificateFonts.Family, 10, XFontStyleEx.Bold);
            var accent = new XSolidBrush(XColor.FromArgb(0x1f, 0x7a, 0x3a));
            graphics.DrawRectangle(new XPen(XColor.FromArgb(0x1f, 0x7a, 0x3a), 3), margin / 2, margin / 2, page.Width.Point - margin, page.Height.Point - margin);

            void Line(string text, XFont font, XBrush? brush = null, double after = 6)
            {
                var formatter = new XTextFormatter(graphics);
                var height = Math.Ceiling(graphics.MeasureString(text, font).Width / width + 0.5) * font.GetHeight() + 2;
                formatter.DrawString(text, font, brush ?? XBrushes.Black, new XRect(margin, y, width, height), XStringFormats.TopLeft);
                y += height + after;
            }

            Line(t.Certificate, title, accent, 4);
            Line(challenge.Title, body, XBrushes.DimGray, 18);
            if (!string.IsNullOrWhiteSpace(name))
            {
                Line(string.Format(t.Culture, t.AwardedTo, name.Trim()), heading, after: 10);
            }

            Line(string.Format(t.Culture, t.TeamShowed, team.Name, team.School), body, after: 14);
            Line(t.In(competence.Name), heading, accent, 4);
            Line($"{t.In(level.Name)} ({string.Format(t.Culture, t.LevelOf, level.Level)})", body, after: 2);
            Line(t.In(level.Descriptor ?? level.Name), body, after: 16);
            Line(t.WhatTheJurySaw, label, after: 2);
            Line(badge.Feedback, body, after: 16);
            Line(t.Date, label, after: 2);
            Line(badge.AwardedAt.ToString(t.DateFormat, t.Culture) + (badge.JurorName is { } juror ? $" · {t.By} {juror}" : string.Empty), body, after: 24);

            using var qrData = QRCodeGenerator.GenerateQrCode(verificationAddress, QRCodeGenerator.ECCLevel.M);
            // A 24-bit BMP: the raster format PDFsharp imports on every platform (it refuses QRCoder's 1-bit PNG).
            using var qrImage = XImage.FromStream(new MemoryStream(new BitmapByteQRCode(qrData).GetGraphic(8)));
            var size = XUnit.FromCentimeter(4.5).Point;
            graphics.DrawImage(qrImage, margin, y, size, size);
            var formatter = new XTextFormatter(graphics);
            formatter.DrawString($"{t.VerifyAt}\n{verificationAddress}", body, XBrushes.Black,
                new XRect(margin + size + 14, y + 8, width - size - 14, size), XStringFormats.TopLeft);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
