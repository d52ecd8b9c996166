using ChallengeHub.DemoData;
using ChallengeHub.Silo.Hosting;

namespace ChallengeHub.Silo.Development;

/// <summary>
/// What only a build with the development tools brings (Debug, or <c>-p:DevelopmentTools=true</c>), so that
/// <c>dotnet run --project src/Silo</c> needs nothing else: Azurite when no storage account is configured, and demo data on
/// empty storage. The csproj compiles this folder and references tools/Azurite and tools/DemoData (with Bogus) only then; a
/// Release build has neither and needs a storage account.
/// </summary>
public static class DevelopmentTools
{
    /// <summary>In Development only: such a build run as Production behaves as a Release build would.</summary>
    public static void AddDevelopmentTools(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || BuildTimeDocument.IsBeingWritten)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("AzureStorage")))
        {
            builder.AddEmbeddedAzurite();
        }

        if (builder.AddSettings<DemoDataOptions>("DemoData").Enabled)
        {
            builder.Services.AddSingleton<IDemoStart, DemoStart>();
        }
    }
}
