using ChallengeHub.Grains.Problems;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ChallengeHub.Silo.Evidence;

/// <summary>Reads the one file field <c>photo</c> of a multipart/form-data body, stopping as soon as it grows past the limit.</summary>
public static class PhotoUpload
{
    public const string FieldName = "photo";

    /// <summary>The photo's bytes and room for the multipart boundaries and headers around it.</summary>
    public const long MaxBodyBytes = PhotoProcessor.MaxBytes + 64 * 1024;

    public static async Task<(byte[]? Content, PhotoRefusal? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !string.Equals(mediaType.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, new PhotoRefusal(ProblemTypes.PhotoNotFormUpload,
                $"Send multipart/form-data with the photo in a file field named '{FieldName}'."));
        }

        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && HeaderUtilities.RemoveQuotes(disposition.Name).Equals(FieldName, StringComparison.Ordinal))
                {
                    return await ReadLimitedAsync(section.Body, cancellationToken);
                }
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
        catch (Exception cutOff) when (cutOff is InvalidDataException or IOException)
        {
            // IOException: the body ended before the closing boundary, so the upload is incomplete.
            return (null, new PhotoRefusal(ProblemTypes.UploadUnreadable,
                "The form upload is malformed or was cut off. Send the photo again."));
        }

        return (null, new PhotoRefusal(ProblemTypes.PhotoMissing,
            $"Put the photo in a file field named '{FieldName}'."));
    }

    private static async Task<(byte[]?, PhotoRefusal?)> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (content.Length + read > PhotoProcessor.MaxBytes)
            {
                return (null, TooLarge());
            }

            content.Write(buffer, 0, read);
        }

        return content.Length == 0
            ? (null, new PhotoRefusal(ProblemTypes.PhotoEmpty, "The photo field holds no file. Choose or take a photo."))
            : (content.ToArray(), null);
    }

    private static PhotoRefusal TooLarge() =>
        new(ProblemTypes.PhotoTooLarge,
            $"A photo can be up to {PhotoProcessor.MaxBytes / (1024 * 1024)} MB. Take the photo at a lower resolution or send a smaller copy.");
}
