using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace ChallengeHub.Silo.Tests.Verifier;

/// <summary>
/// The Node verifier beside this file (<c>verify.mjs</c>, its own package.json and lock): libraries ChallengeHub does not use
/// itself, installed with <c>npm ci</c> on first use, run with one command per kind of check.
/// </summary>
public static class IndependentVerifier
{
    private static readonly SemaphoreSlim Install = new(1, 1);

    private static string Directory => typeof(IndependentVerifier).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "VerifierDirectory").Value!;

    /// <summary>Runs <c>node verify.mjs <paramref name="command"/> <paramref name="arguments"/></c> and returns its JSON report.</summary>
    public static async Task<JsonElement> RunAsync(string command, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await RunProcessAsync("node", ["verify.mjs", command, .. arguments]);
        Assert.True(exitCode == 0, $"The verifier ended with exit code {exitCode}:\n{output}\n{error}");
        using var report = JsonDocument.Parse(output);
        return report.RootElement.Clone();
    }

    /// <summary>Installs exactly the locked packages once, again only when the lock file changed since.</summary>
    private static async Task EnsureInstalledAsync()
    {
        await Install.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            var stamp = Path.Combine(Directory, "node_modules", ".challengehub-lock");
            var lockFile = await File.ReadAllTextAsync(Path.Combine(Directory, "package-lock.json"), TestContext.Current.CancellationToken);
            if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp, TestContext.Current.CancellationToken) == lockFile)
            {
                return;
            }

            var (exitCode, output, error) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"]);
            Assert.True(exitCode == 0, $"npm ci for the verifier failed ({exitCode}):\n{output}\n{error}");
            await File.WriteAllTextAsync(stamp, lockFile, TestContext.Current.CancellationToken);
        }
        finally
        {
            Install.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
