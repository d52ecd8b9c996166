using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Azurite;

/// <summary>How to start the local storage emulator.</summary>
public sealed class AzuriteOptions
{
    /// <summary>Folder for Azurite's data; ignored when <see cref="InMemory"/> is set.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Keep all data in memory (tests): nothing survives the process.</summary>
    public bool InMemory { get; set; }

    /// <summary>Blob port; 0 picks a free port.</summary>
    [Range(0, 65535)]
    public int BlobPort { get; set; } = 10000;

    /// <summary>Queue port; 0 picks a free port.</summary>
    [Range(0, 65535)]
    public int QueuePort { get; set; } = 10001;

    /// <summary>Table port; 0 picks a free port.</summary>
    [Range(0, 65535)]
    public int TablePort { get; set; } = 10002;

    /// <summary>Folder holding the pinned <c>package.json</c> and lockfile; defaults to the one beside this library's sources.</summary>
    public string? PackageDirectory { get; set; }

    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often Azurite writes its in-memory tables and blob metadata to disk when something changed; null keeps
    /// Azurite's own 5 s. What a hard stop of Azurite (power loss, SIGKILL) can lose is at most this much time of writes.
    /// </summary>
    public TimeSpan? AutosaveInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an orderly stop waits for Azurite to save and exit before it is killed.</summary>
    public TimeSpan SaveTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
