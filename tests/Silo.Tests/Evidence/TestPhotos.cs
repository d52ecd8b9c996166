using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace ChallengeHub.Silo.Tests.Evidence;

/// <summary>Builds the files a tablet (or someone probing the upload) sends: real photos, photos with metadata, and fakes.</summary>
public static class TestPhotos
{
    public static readonly SKColor Left = new(220, 30, 30);
    public static readonly SKColor Right = new(30, 30, 220);

    /// <summary>An image whose left half is <see cref="Left"/> and right half <see cref="Right"/>, so that turning it shows.</summary>
    public static byte[] Encode(int width, int height, SKEncodedImageFormat format, bool transparent = false)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(transparent ? SKColors.Transparent : Right);
            using var paint = new SKPaint { Color = Left };
            canvas.DrawRect(0, 0, width / 2f, height, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG full of noise, so that it has many bytes of scan data to cut off.</summary>
    public static byte[] NoisyJpeg(int width, int height)
    {
        var random = new Random(7);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var pixels = bitmap.GetPixelSpan();
        random.NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 255;
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>
    /// Inserts an APP1 Exif segment right after the JPEG's start marker, as a camera writes it: an orientation, the camera's make,
    /// and a GPS block placing the photo at a school in Brugge.
    /// </summary>
    public static byte[] WithExif(byte[] jpeg, ushort orientation = 1)
    {
        var tiff = new List<byte>();
        void U16(int value) { var b = new byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)value); tiff.AddRange(b); }
        void U32(uint value) { var b = new byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, value); tiff.AddRange(b); }
        void Entry(int tag, int type, uint count, uint value) { U16(tag); U16(type); U32(count); U32(value); }

        const int Ascii = 2, Short = 3, Long = 4, Rational = 5;
        var make = Encoding.ASCII.GetBytes("SchoolTablet\0");

        // Layout: header (8), IFD0 with 3 entries (2 + 36 + 4 = 42) at 8, make at 50, GPS IFD with 4 entries (54) at 64, rationals at 118.
        const uint ifd0 = 8, makeAt = 50, gps = 64, latitudeAt = 118, longitudeAt = 142;
        tiff.AddRange("II"u8.ToArray());
        U16(42);
        U32(ifd0);
        U16(3);
        Entry(0x010F, Ascii, (uint)make.Length, makeAt);
        Entry(0x0112, Short, 1, orientation);
        Entry(0x8825, Long, 1, gps);
        U32(0);
        tiff.AddRange(make);
        tiff.Add(0);
        U16(4);
        Entry(0x0001, Ascii, 2, 'N');
        Entry(0x0002, Rational, 3, latitudeAt);
        Entry(0x0003, Ascii, 2, 'E');
        Entry(0x0004, Rational, 3, longitudeAt);
        U32(0);
        foreach (var (numerator, denominator) in new (uint, uint)[] { (51, 1), (12, 1), (3456, 100), (3, 1), (13, 1), (4567, 100) })
        {
            U32(numerator);
            U32(denominator);
        }

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }.Concat(payload);
        return [.. jpeg.Take(2), .. segment, .. jpeg.Skip(2)];
    }

    /// <summary>
    /// A PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels, followed by a few bytes of nonsense
    /// instead of image data: refused for its size it is refused before decoding, as decoding would find it damaged.
    /// </summary>
    public static byte[] PngHeaderClaiming(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, 2);
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", header), .. Chunk("IDAT", [1, 2, 3, 4]), .. Chunk("IEND", [])];
    }

    /// <summary>The Exif, XMP and IPTC segments of a JPEG, read from its markers up to the image data.</summary>
    public static IReadOnlyList<string> MetadataSegments(byte[] jpeg)
    {
        Assert.True(jpeg is [0xFF, 0xD8, ..], "Not a JPEG.");
        var found = new List<string>();
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF && jpeg[at + 1] != 0xDA)
        {
            var marker = jpeg[at + 1];
            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            var payload = jpeg.AsSpan(at + 4, Math.Min(length - 2, jpeg.Length - at - 4));
            if (marker == 0xE1 && payload.StartsWith("Exif\0"u8))
            {
                found.Add("Exif");
            }
            else if (marker == 0xE1 && payload.StartsWith("http://ns.adobe.com/xap/1.0/"u8))
            {
                found.Add("XMP");
            }
            else if (marker == 0xED)
            {
                found.Add("IPTC");
            }

            at += 2 + length;
        }

        return found;
    }

    /// <summary>True when the bytes hold a TIFF GPS IFD tag (0x8825) anywhere, in either byte order.</summary>
    public static bool MentionsGps(byte[] content) =>
        content.AsSpan().IndexOf(new byte[] { 0x25, 0x88, 0x04, 0x00 }) >= 0 || content.AsSpan().IndexOf(new byte[] { 0x88, 0x25, 0x00, 0x04 }) >= 0;

    private static byte[] Chunk(string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typeBytes.CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32([.. typeBytes, .. data]));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
