using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChallengeHub.Silo.Tests.Hosting;

/// <summary>A Silo outside Development refuses to start with settings that let a request's Host header name ChallengeHub.</summary>
public sealed class DeploymentChecksTests
{
    // A storage account nobody answers at: should the check let the Silo through, it fails on storage instead, with another message.
    private const string UnreachableStorage =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Fact]
    public void OutsideDevelopmentTheSiloRefusesToStartWithoutAPublicAddress()
    {
        var refusal = StartInProduction(new() { ["AllowedHosts"] = "challengehub.example" });

        Assert.Contains("Badges__PublicAddress", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideDevelopmentTheSiloRefusesToStartWhenEveryHostIsAllowed()
    {
        var refusal = StartInProduction(new() { ["Badges:PublicAddress"] = "https://challengehub.example", ["AllowedHosts"] = "*" });

        Assert.Contains("AllowedHosts", refusal, StringComparison.Ordinal);
        Assert.Contains("challengehub.example", refusal, StringComparison.Ordinal);
    }

    /// <summary>The messages of the exception that stopped the start, inner ones included.</summary>
    private static string StartInProduction(Dictionary<string, string> settings)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production").UseSetting("ConnectionStrings:AzureStorage", UnreachableStorage);
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });

        var exception = Assert.ThrowsAny<Exception>(factory.StartServer);
        var messages = new List<string>();
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            messages.Add(inner.Message);
        }

        return string.Join(" | ", messages);
    }
}
