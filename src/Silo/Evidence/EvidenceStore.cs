using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ChallengeHub.Silo.Hosting;

namespace ChallengeHub.Silo.Evidence;

/// <summary>The blob container that holds the evidence photos, each under a name ChallengeHub generated.</summary>
public sealed class EvidenceStore(StorageAccount storage, ILogger<EvidenceStore> logger)
{
    public const string ContainerName = "evidence";

    private readonly BlobContainerClient _container = storage.Blobs.GetBlobContainerClient(ContainerName);
    private volatile bool _containerExists;

    /// <summary>Stores the photo under a new name and returns that name once storage has acknowledged it.</summary>
    public async Task<string> SaveAsync(ProcessedPhoto photo, CancellationToken cancellationToken)
    {
        if (!_containerExists)
        {
            await _container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
            _containerExists = true;
        }

        var name = $"{Guid.NewGuid():N}.jpg";
        await _container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(photo.Jpeg),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = ProcessedPhoto.ContentType } }, cancellationToken);
        return name;
    }

    /// <summary>The stored image, or null when it is gone.</summary>
    public async Task<Stream?> OpenAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var download = await _container.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException missing) when (missing.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string blobName, CancellationToken cancellationToken) =>
        await _container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    /// <summary>
    /// Removes an image whose record could not be stored. Failing to remove it must not hide why the record failed, so a
    /// failure here is only logged: the image is then an orphan that no record names and no route serves.
    /// </summary>
    public async Task DeleteAfterFailedRecordAsync(string blobName)
    {
        try
        {
            await DeleteAsync(blobName, CancellationToken.None);
        }
        catch (RequestFailedException failure)
        {
            logger.LogWarning(failure, "Could not remove evidence blob {BlobName} after its record failed", blobName);
        }
    }
}
