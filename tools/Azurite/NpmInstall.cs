using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Azurite;

/// <summary>Installs the pinned Azurite package once, even when several processes start at the same moment.</summary>
internal static class NpmInstall
{
    public static async Task EnsureAsync(string packageDirectory, string entryPoint, ILogger logger, CancellationToken cancellationToken)
    {
        if (File.Exists(entryPoint))
        {
            return;
        }

        await using var installLock = await AcquireLockAsync(Path.Combine(packageDirectory, ".npm-install.lock"), cancellationToken);
        if (File.Exists(entryPoint))
        {
            return;
        }

        logger.LogInformation("Installing Azurite with npm ci in {Directory} (first use only)", packageDirectory);
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = packageDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(start) ?? throw new InvalidOperationException("Could not start npm: is Node.js installed?");
        var stdout = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = npm.StandardError.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0 || !File.Exists(entryPoint))
        {
            throw new InvalidOperationException($"npm ci for Azurite failed ({npm.ExitCode}): {await stdout}{await stderr}");
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                // Another process is installing; its lock disappears when it is done.
                await Task.Delay(250, cancellationToken);
            }
        }
    }
}
