using ChallengeHub.Grains.Problems;
using SkiaSharp;

namespace ChallengeHub.Silo.Evidence;

/// <summary>A photo ready to store: JPEG bytes decoded from the upload and encoded anew, without any metadata of the original.</summary>
public sealed record ProcessedPhoto(byte[] Jpeg, int Width, int Height)
{
    public const string ContentType = "image/jpeg";
}

/// <summary>Why an upload is not a photo ChallengeHub stores, worded for the person who sent it.</summary>
public sealed record PhotoRefusal(ProblemType Problem, string Detail);

/// <summary>
/// Turns an uploaded file into a photo that is safe to keep and to show: only JPEG, PNG and WebP recognised by their content,
/// dimensions checked from the header before any pixel is decoded, decoded completely, turned upright by its EXIF orientation,
/// scaled down and encoded as a new JPEG. Encoding from decoded pixels leaves EXIF (with GPS position and camera serial), XMP,
/// IPTC and comments behind.
/// </summary>
public static class PhotoProcessor
{
    public const long MaxBytes = 12 * 1024 * 1024;

    /// <summary>Well above any tablet camera (12-16 MP); a decoded image of this size takes 160 MB.</summary>
    public const long MaxPixels = 40_000_000;

    public const int MaxSide = 12_000;

    /// <summary>Sharp on a big screen, and a few hundred kilobytes to store and send.</summary>
    public const int MaxStoredSide = 2048;

    public const int JpegQuality = 85;

    /// <summary>Decoding a large photo takes up to 160 MB and a core: two at a time keep a burst of uploads from exhausting the silo.</summary>
    private static readonly SemaphoreSlim Decoding = new(2);

    public static async Task<(ProcessedPhoto? Photo, PhotoRefusal? Refusal)> ProcessAsync(byte[] upload, CancellationToken cancellationToken)
    {
        var format = Sniff(upload);
        if (format is null)
        {
            return Refuse(ProblemTypes.PhotoFormat,
                "Send a JPEG, PNG or WebP photo. The file's content is not one of these, whatever its name says.");
        }

        await Decoding.WaitAsync(cancellationToken);
        try
        {
            return Process(upload, format.Value);
        }
        finally
        {
            Decoding.Release();
        }
    }

    /// <summary>The format the file's first bytes announce, or null for anything else (GIF, SVG, scripts, documents).</summary>
    public static SKEncodedImageFormat? Sniff(ReadOnlySpan<byte> content) => content switch
    {
        [0xFF, 0xD8, 0xFF, ..] => SKEncodedImageFormat.Jpeg,
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => SKEncodedImageFormat.Png,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => SKEncodedImageFormat.Webp,
        _ => null,
    };

    private static (ProcessedPhoto?, PhotoRefusal?) Process(byte[] upload, SKEncodedImageFormat format)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format)
        {
            return Damaged();
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0)
        {
            return Damaged();
        }

        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            return Refuse(ProblemTypes.PhotoTooManyPixels,
                $"This photo is {width} × {height} pixels; ChallengeHub takes photos up to {MaxPixels / 1_000_000} megapixels and {MaxSide} pixels a side. " +
                "A photo from a tablet or phone camera fits.");
        }

        // A JPEG decodes directly at 1/2, 1/4 or 1/8 of its size: ask for the smallest that still covers the stored size.
        var scale = Math.Min(1f, (float)MaxStoredSide / Math.Max(width, height));
        var decodedSize = codec.GetScaledDimensions(scale);
        var sourceSpace = codec.Info.ColorSpace ?? SKColorSpace.CreateSrgb();
        var decodedInfo = new SKImageInfo(decodedSize.Width, decodedSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul, sourceSpace);
        using var decoded = new SKBitmap();
        if (!decoded.TryAllocPixels(decodedInfo))
        {
            return Damaged();
        }

        // Anything short of a complete decode (a truncated or corrupt file) is refused rather than stored half grey.
        if (codec.GetPixels(decodedInfo, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return Damaged();
        }

        return (Upright(decoded, codec.EncodedOrigin), null);
    }

    /// <summary>Draws the decoded pixels turned as the EXIF orientation says, scaled to fit, on white (for transparent PNG and WebP).</summary>
    private static ProcessedPhoto Upright(SKBitmap decoded, SKEncodedOrigin origin)
    {
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (uprightWidth, uprightHeight) = turned ? (decoded.Height, decoded.Width) : (decoded.Width, decoded.Height);
        var scale = Math.Min(1d, (double)MaxStoredSide / Math.Max(uprightWidth, uprightHeight));
        var width = Math.Max(1, (int)Math.Round(uprightWidth * scale));
        var height = Math.Max(1, (int)Math.Round(uprightHeight * scale));

        using var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()));
        using (var canvas = new SKCanvas(target))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale((float)width / uprightWidth, (float)height / uprightHeight);
            var orientation = Orientation(origin, decoded.Width, decoded.Height);
            canvas.Concat(in orientation);
            using var image = SKImage.FromBitmap(decoded);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        using var encoded = target.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return new ProcessedPhoto(encoded.ToArray(), width, height);
    }

    /// <summary>Maps stored pixel (x, y) of a <paramref name="w"/> × <paramref name="h"/> image to where it is seen upright.</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, float w, float h) => origin switch
    {
        SKEncodedOrigin.TopRight => new(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    private static (ProcessedPhoto?, PhotoRefusal?) Damaged() =>
        Refuse(ProblemTypes.PhotoUnreadable,
            "The file looks like a photo but is damaged or incomplete, for example because the upload was cut off. Take or send the photo again.");

    private static (ProcessedPhoto?, PhotoRefusal?) Refuse(ProblemType problem, string detail) => (null, new PhotoRefusal(problem, detail));
}
