using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace ChallengeHub.Silo.Badges.Certificates;

/// <summary>
/// Writes lines and table rows down A4 pages in the certificate's typeface, starting a new page where the next line would not
/// fit: the printable profile and the impact report share it.
/// </summary>
public sealed class PdfLines(PdfDocument document) : IDisposable
{
    private static readonly double Margin = XUnit.FromCentimeter(2.2).Point;
    private XGraphics? _graphics;
    private double _y;
    private double _width;
    private double _bottom;

    public XFont Title { get; } = new(CertificateFonts.Family, 24, XFontStyleEx.Bold);
    public XFont Heading { get; } = new(CertificateFonts.Family, 16, XFontStyleEx.Bold);
    public XFont Label { get; } = new(CertificateFonts.Family, 11, XFontStyleEx.Bold);
    public XFont Body { get; } = new(CertificateFonts.Family, 11, XFontStyleEx.Regular);
    public XFont Small { get; } = new(CertificateFonts.Family, 9, XFontStyleEx.Regular);
    public XBrush Accent { get; } = new XSolidBrush(XColor.FromArgb(0x1f, 0x7a, 0x3a));

    public void Line(string text, XFont font, XBrush? brush = null, double after = 6)
    {
        var graphics = Graphics();
        var height = (Math.Ceiling((graphics.MeasureString(text, font).Width / _width) + 0.5) * font.GetHeight()) + 2;
        if (_y + height > _bottom)
        {
            NewPage();
            graphics = _graphics!;
        }

        new XTextFormatter(graphics).DrawString(text, font, brush ?? XBrushes.Black, new XRect(Margin, _y, _width, height), XStringFormats.TopLeft);
        _y += height + after;
    }

    /// <summary>One row of a table: the first cell takes the widest column, the others share the rest.</summary>
    public void Row(IReadOnlyList<string> cells, XFont font, double after = 2)
    {
        var graphics = Graphics();
        var widths = ColumnWidths(cells.Count);
        var height = cells.Select((cell, i) => (Math.Ceiling((graphics.MeasureString(cell, font).Width / widths[i]) + 0.5) * font.GetHeight()) + 2).Max();
        if (_y + height > _bottom)
        {
            NewPage();
            graphics = _graphics!;
        }

        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            new XTextFormatter(graphics).DrawString(cells[i], font, XBrushes.Black, new XRect(x, _y, widths[i] - 6, height), XStringFormats.TopLeft);
            x += widths[i];
        }

        _y += height;
        graphics.DrawLine(XPens.LightGray, Margin, _y, Margin + _width, _y);
        _y += after;
    }

    private double[] ColumnWidths(int count) =>
        count == 1 ? [_width] : [_width * 0.45, .. Enumerable.Repeat(_width * 0.55 / (count - 1), count - 1)];

    public void Space(double points) => _y += points;

    public void Dispose() => _graphics?.Dispose();

    private XGraphics Graphics()
    {
        if (_graphics is null)
        {
            NewPage();
        }

        return _graphics!;
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        (_width, _bottom, _y) = (page.Width.Point - (2 * Margin), page.Height.Point - Margin, Margin);
    }
}
