using ChallengeHub.Grains.Evidence;
using ChallengeHub.Silo.Evidence;
using Microsoft.Extensions.Caching.Memory;
using SkiaSharp;

namespace ChallengeHub.Silo.Walls;

/// <summary>
/// The small renditions of the photos the public wall shows: a card on a big screen or a phone needs no more than
/// <see cref="MaxSide"/> pixels, and every screen in the room asks for the same few photos, so each is made once and kept
/// in memory for a while. Whether a photo may be served is decided by the wall on every request, never by this cache.
/// </summary>
public sealed class WallPhotos(EvidenceStore store) : IDisposable
{
    public const int MaxSide = 640;
    public const int JpegQuality = 80;

    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);

    /// <summary>About a hundred renditions of 40-80 KB; a wall of 200 teams makes room for the rest again as they are asked.</summary>
    private readonly MemoryCache _renditions = new(new MemoryCacheOptions { SizeLimit = 8 * 1024 * 1024 });

    /// <summary>Two at a time, as for uploads: a wall loading with many photos must not take every core of the silo.</summary>
    private readonly SemaphoreSlim _scaling = new(2);

    /// <summary>The rendition as JPEG bytes, or null when the stored image is gone.</summary>
    public async Task<byte[]?> GetAsync(EvidencePhoto photo, CancellationToken cancellationToken)
    {
        if (_renditions.TryGetValue(photo.Id, out byte[]? cached))
        {
            return cached;
        }

        await using var image = await store.OpenAsync(photo.BlobName, cancellationToken);
        if (image is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await image.CopyToAsync(buffer, cancellationToken);
        await _scaling.WaitAsync(cancellationToken);
        byte[]? rendition;
        try
        {
            rendition = Scale(buffer.ToArray());
        }
        finally
        {
            _scaling.Release();
        }

        if (rendition is not null)
        {
            _renditions.Set(photo.Id, rendition, new MemoryCacheEntryOptions { Size = rendition.Length, SlidingExpiration = Kept });
        }

        return rendition;
    }

    /// <summary>Stored photos are upright JPEGs without metadata already; this only scales them down.</summary>
    private static byte[]? Scale(byte[] stored)
    {
        using var data = SKData.CreateCopy(stored);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        var scale = Math.Min(1d, (double)MaxSide / Math.Max(width, height));
        var decodedSize = codec.GetScaledDimensions((float)scale);
        var info = new SKImageInfo(decodedSize.Width, decodedSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap();
        if (!decoded.TryAllocPixels(info) || codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return null;
        }

        var target = new SKImageInfo(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)),
            SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var scaled = new SKBitmap(target);
        if (!decoded.ScalePixels(scaled, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)))
        {
            return null;
        }

        using var encoded = scaled.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return encoded.ToArray();
    }

    public void Dispose()
    {
        _renditions.Dispose();
        _scaling.Dispose();
    }
}
