using System.Diagnostics;
using ChallengeHub.Benchmark;

namespace ChallengeHub.Silo.Tests.Hosting;

/// <summary>
/// The development tools (Azurite launcher, demo data with Bogus) belong to Debug builds in Development: a production host
/// neither starts an emulator nor carries one.
/// </summary>
public sealed class DevelopmentToolsTests
{
    [Fact]
    public async Task OutsideDevelopmentASiloWithoutAStorageAccountStopsWithAClearMessageAndStartsNoAzurite()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = SiloProcess.SiloDirectory,
            ArgumentList = { Path.Combine(SiloProcess.SiloDirectory, "ChallengeHub.Silo.dll") },
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ConnectionStrings__AzureStorage"] = string.Empty,
                ["Badges__PublicAddress"] = "https://challengehub.example",
                ["AllowedHosts"] = "challengehub.example",
                ["Azurite__DataDirectory"] = Path.Combine(Path.GetTempPath(), $"challengehub-{Guid.NewGuid():N}"),
            },
        };

        using var silo = Process.Start(start)!;
        var output = silo.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = silo.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        // A Silo that starts anyway (with an Azurite of its own) never exits: stop it after a while and fail.
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromMinutes(2));
        var stopped = true;
        try
        {
            await silo.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            silo.Kill(entireProcessTree: true);
            await silo.WaitForExitAsync(TestContext.Current.CancellationToken);
            stopped = false;
        }

        var log = await output + await errors;
        Assert.True(stopped, $"The Silo did not stop:{Environment.NewLine}{log}");
        Assert.NotEqual(0, silo.ExitCode);
        Assert.Contains("ConnectionStrings__AzureStorage is not set", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Azurite started", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReleasePublishOfTheSiloHoldsNoDevelopmentTools()
    {
        var artifacts = Directory.CreateTempSubdirectory("challengehub-publish-");
        try
        {
            // Its own artifacts folder: the publish neither reads nor overwrites the Debug build's obj and bin.
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Repository.Root,
                ArgumentList =
                {
                    "publish", Path.Combine("src", "Silo", "ChallengeHub.Silo.csproj"), "-c", "Release", "-p:SkipClientBuild=true",
                    "--artifacts-path", artifacts.FullName, "-nologo",
                },
            };
            using var publish = Process.Start(start)!;
            var output = publish.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = publish.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await publish.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(publish.ExitCode == 0, await output + await errors);

            var published = Directory.GetFiles(artifacts.FullName, "*.dll", SearchOption.AllDirectories)
                .Where(file => file.Contains($"{Path.DirectorySeparatorChar}publish{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(Path.GetFileName)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);

            Assert.Contains("ChallengeHub.Silo.dll", published);
            Assert.DoesNotContain("ChallengeHub.Azurite.dll", published);
            Assert.DoesNotContain("ChallengeHub.DemoData.dll", published);
            Assert.DoesNotContain("Bogus.dll", published);
        }
        finally
        {
            artifacts.Delete(recursive: true);
        }
    }
}
