using System.Diagnostics;
using System.Globalization;

namespace ChallengeHub.Azurite;

/// <summary>The command line that starts Azurite.</summary>
internal static class AzuriteCommand
{
    /// <summary>
    /// Azurite runs under <c>setsid</c>, in a session of its own: Ctrl+C in a terminal signals the whole foreground process
    /// group, and Azurite must not stop before the Silo has finished its last writes. Only its owner stops it.
    /// </summary>
    public static ProcessStartInfo Create(AzuriteOptions options, string packageDirectory, string entryPoint, int blobPort, int queuePort, int tablePort)
    {
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = packageDirectory,
        };
        start.ArgumentList.Add("node");
        if (options.AutosaveInterval is { } autosave && !options.InMemory)
        {
            start.ArgumentList.Add("--require");
            start.ArgumentList.Add(Path.Combine(packageDirectory, "autosave.cjs"));
            start.Environment["CHALLENGEHUB_AZURITE_AUTOSAVE_MS"] = ((int)autosave.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        }

        start.ArgumentList.Add(entryPoint);
        foreach (var (service, port) in new[] { ("blob", blobPort), ("queue", queuePort), ("table", tablePort) })
        {
            start.ArgumentList.Add($"--{service}Host");
            start.ArgumentList.Add("127.0.0.1");
            start.ArgumentList.Add($"--{service}Port");
            start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        }

        if (options.InMemory)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            var location = Path.GetFullPath(options.DataDirectory ?? Path.Combine(".data", "azurite"));
            Directory.CreateDirectory(location);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(location);
        }

        foreach (var flag in new[] { "--silent", "--disableTelemetry", "--skipApiVersionCheck" })
        {
            start.ArgumentList.Add(flag);
        }

        return start;
    }
}
