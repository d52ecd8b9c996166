using System.Globalization;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// Keeps the Silo's client connections within what its open-file limit leaves. Every connection is a file descriptor; when
/// a Silo ran out of them (4,000 watchers under a limit of 6,000, or 10,000 under 20,000) the runtime stopped the whole
/// process with "Out of memory.", dropping every wall at once. With the limits Kestrel refuses the connections beyond
/// them instead: walls already watching keep their deltas, and a refused one connects again later or to another silo.
/// </summary>
public static class ConnectionLimits
{
    /// <summary>
    /// Descriptors kept for everything that is not a client connection (storage and cluster sockets, files, pipes); at most
    /// half of those still free, so that a low limit still leaves connections to serve.
    /// </summary>
    public const int Reserve = 1024;

    /// <summary>
    /// Sets Kestrel's connection limits from the process's open-file limit, or from <c>Kestrel:Limits</c> where configuration
    /// sets them (Kestrel itself does not read its limits from configuration). Half of what is left goes to plain HTTP
    /// connections and half to upgraded ones (the walls' WebSockets), which Kestrel counts apart, so that the two together
    /// stay within the limit.
    /// </summary>
    public static void AddConnectionLimits(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection("Kestrel:Limits");
        var each = ForOpenFileLimit(OpenFileLimit(), OpenDescriptors());
        var plain = configured.GetValue<long?>("MaxConcurrentConnections") ?? each;
        var upgraded = configured.GetValue<long?>("MaxConcurrentUpgradedConnections") ?? each;
        builder.Services.Configure<KestrelServerOptions>(options =>
        {
            options.Limits.MaxConcurrentConnections = plain;
            options.Limits.MaxConcurrentUpgradedConnections = upgraded;
        });
    }

    /// <summary>
    /// How many connections of each kind fit: half of what the limit leaves after the descriptors open now and the
    /// reserve, at least 16; null when the limit is unknown or unlimited.
    /// </summary>
    public static long? ForOpenFileLimit(long? limit, int openNow)
    {
        if (limit is not { } files)
        {
            return null;
        }

        var free = files - openNow;
        return Math.Max((free - Math.Min(Reserve, free / 2)) / 2, 16);
    }

    /// <summary>The soft "Max open files" of <c>/proc/self/limits</c> (the runtime raises it to the hard limit at start); null off Linux or when unlimited.</summary>
    public static long? OpenFileLimit(string? procLimits = null)
    {
        procLimits ??= File.Exists("/proc/self/limits") ? File.ReadAllText("/proc/self/limits") : null;
        var line = procLimits?.Split('\n').FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var soft = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return long.TryParse(soft, NumberStyles.None, CultureInfo.InvariantCulture, out var files) ? files : null;
    }

    private static int OpenDescriptors() => Directory.Exists("/proc/self/fd") ? Directory.GetFileSystemEntries("/proc/self/fd").Length : 0;
}
