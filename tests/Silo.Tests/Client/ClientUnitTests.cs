using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace ChallengeHub.Silo.Tests.Client;

/// <summary>
/// Runs the browser client's Vitest suite (src/Client/tests) as part of <c>dotnet test</c>, so the delta sequencer, the
/// tablet's outbox, the amount and date formats and the return-address check are tested by the one test command.
/// </summary>
public sealed class ClientUnitTests
{
    /// <summary>Fewer tests than this means files were skipped or not found: a run of nothing must not pass.</summary>
    private const int MinimumTestCount = 30;

    [Fact]
    public async Task EveryClientUnitTestRunsAndPasses()
    {
        var client = typeof(ClientUnitTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ClientDirectory").Value!;
        var report = Path.Combine(Path.GetTempPath(), $"challengehub-vitest-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, output) = await RunVitestAsync(client, report, TestContext.Current.CancellationToken);
            Assert.True(File.Exists(report), $"Vitest wrote no report (exit code {exitCode}):\n{output}");
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken));
            var results = json.RootElement.GetProperty("testResults").EnumerateArray()
                .SelectMany(file => file.GetProperty("assertionResults").EnumerateArray())
                .Select(test => (Name: test.GetProperty("fullName").GetString(), Status: test.GetProperty("status").GetString()))
                .ToList();

            Assert.True(results.Count >= MinimumTestCount, $"Only {results.Count} client tests ran:\n{output}");
            Assert.Empty(results.Where(test => test.Status != "passed").Select(test => $"{test.Status}: {test.Name}"));
            Assert.True(exitCode == 0, $"Vitest ended with exit code {exitCode}:\n{output}");
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunVitestAsync(string client, string report, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = client,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine("node_modules", "vitest", "vitest.mjs"), "run", "--reporter=json", $"--outputFile={report}" },
            Environment = { ["CI"] = "1", ["NO_COLOR"] = "1" },
        };
        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, $"{await standardOutput}\n{await standardError}");
    }
}
