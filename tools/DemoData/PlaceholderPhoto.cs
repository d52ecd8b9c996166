using Bogus;
using SkiaSharp;

namespace ChallengeHub.DemoData;

/// <summary>
/// Draws a simple placeholder "photo" of a workbench: a coloured background, a board and a few parts and wires. It stands in
/// for a pupil's picture without showing anyone; the same random draws give the same image.
/// </summary>
public static class PlaceholderPhoto
{
    public const int Width = 800;
    public const int Height = 600;

    private static readonly SKColor[] Backgrounds =
    [
        new(0xE8, 0xF1, 0xF8), new(0xF6, 0xEF, 0xE2), new(0xE9, 0xF5, 0xE9), new(0xF3, 0xE8, 0xF3), new(0xEE, 0xEE, 0xEE),
    ];

    private static readonly SKColor[] Parts =
    [
        new(0xC0, 0x39, 0x2B), new(0x27, 0x6F, 0xBF), new(0x1E, 0x84, 0x49), new(0xD4, 0x8A, 0x00), new(0x4A, 0x4A, 0x4A), new(0x8E, 0x44, 0xAD),
    ];

    /// <summary>A PNG of <see cref="Width"/> × <see cref="Height"/> pixels drawn from <paramref name="random"/>.</summary>
    public static byte[] Draw(Randomizer random, bool electro)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(random.ArrayElement(Backgrounds));
        using var paint = new SKPaint { IsAntialias = true };

        // The board: a printed circuit board for electro, a plank for construction.
        paint.Color = electro ? new SKColor(0x2E, 0x7D, 0x32) : new SKColor(0xB0, 0x7A, 0x45);
        var board = SKRect.Create(random.Int(40, 120), random.Int(60, 140), random.Int(480, 600), random.Int(300, 380));
        canvas.DrawRoundRect(board, 18, 18, paint);

        for (var i = random.Int(4, 9); i > 0; i--)
        {
            paint.Color = random.ArrayElement(Parts);
            paint.Style = SKPaintStyle.Fill;
            var x = random.Float(board.Left + 20, board.Right - 60);
            var y = random.Float(board.Top + 20, board.Bottom - 60);
            if (random.Bool())
            {
                canvas.DrawCircle(x + 20, y + 20, random.Float(10, 30), paint);
            }
            else
            {
                canvas.DrawRect(SKRect.Create(x, y, random.Float(20, 60), random.Float(15, 40)), paint);
            }
        }

        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 5;
        for (var i = random.Int(2, 5); i > 0; i--)
        {
            paint.Color = random.ArrayElement(Parts);
            using var builder = new SKPathBuilder();
            builder.MoveTo(random.Float(0, Width), random.Float(0, Height));
            builder.QuadTo(random.Float(0, Width), random.Float(0, Height), random.Float(0, Width), random.Float(0, Height));
            using var wire = builder.Detach();
            canvas.DrawPath(wire, paint);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
