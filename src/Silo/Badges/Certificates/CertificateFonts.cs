using PdfSharp.Fonts;

namespace ChallengeHub.Silo.Badges.Certificates;

/// <summary>
/// The certificate's typeface: a free sans-serif with the accents Dutch and French need, read from the machine's fonts
/// (DejaVu Sans or Liberation Sans, which Debian and most Linux images carry). PDFsharp embeds what it uses in the PDF.
/// </summary>
public sealed class CertificateFonts : IFontResolver
{
    public const string Family = "ChallengeHub Sans";

    private static readonly string[] Directories =
        ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/liberation", @"C:\Windows\Fonts"];

    private static readonly (string Regular, string Bold)[] Faces =
        [("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"), ("arial.ttf", "arialbd.ttf")];

    private static readonly Lazy<bool> Registered = new(Register);

    private readonly string _regular;
    private readonly string _bold;

    private CertificateFonts(string regular, string bold) => (_regular, _bold) = (regular, bold);

    /// <summary>Whether a typeface was found (and PDFsharp told to use it); without one no certificate can be drawn.</summary>
    public static bool Available => Registered.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "bold" : "regular");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(faceName == "bold" ? _bold : _regular);

    private static bool Register()
    {
        foreach (var directory in Directories)
        {
            foreach (var (regular, bold) in Faces)
            {
                var (regularPath, boldPath) = (Path.Combine(directory, regular), Path.Combine(directory, bold));
                if (File.Exists(regularPath) && File.Exists(boldPath))
                {
                    GlobalFontSettings.FontResolver = new CertificateFonts(regularPath, boldPath);
                    return true;
                }
            }
        }

        return false;
    }
}
