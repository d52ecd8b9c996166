using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Badges.Credentials;
using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChallengeHub.Silo.Tests.Hosting;

public sealed class SettingsTests
{
    [Theory]
    [InlineData("RateLimits:SignInsPerMinute", "0")]
    [InlineData("Cluster:Clustering", "Kubernetes")]
    [InlineData("Cluster:SiloPort", "70000")]
    [InlineData("Cluster:AdvertisedIPAddress", "silo-one")]
    [InlineData("Badges:PublicAddress", "challengehub.example")]
    [InlineData("Access:AllowedOrigins:0", "school.example")]
    [InlineData("Authentication:OpenIdConnect:Authority", "https://id.example")]
    public void AWrongSettingStopsTheStartNamingTheSection(string key, string value)
    {
        var builder = Builder(new() { [key] = value });

        var refusal = Assert.Throws<OptionsValidationException>(() => AddEverySection(builder));

        Assert.Contains(key[..key.IndexOf(':', StringComparison.Ordinal)], refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultsAreValidAndReachTheOptions()
    {
        var builder = Builder(new() { ["RateLimits:SignInsPerMinute"] = "7", ["Access:AllowedOrigins:0"] = "https://school.example" });

        AddEverySection(builder);

        using var services = builder.Services.BuildServiceProvider();
        Assert.Equal(7, services.GetRequiredService<IOptions<RateLimitSettings>>().Value.SignInsPerMinute);
        Assert.Equal(["https://school.example"], services.GetRequiredService<IOptions<AccessSettings>>().Value.AllowedOrigins);
        Assert.Equal(11111, services.GetRequiredService<IOptions<ClusterSettings>>().Value.SiloPort);
    }

    private static WebApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    private static void AddEverySection(WebApplicationBuilder builder)
    {
        builder.AddSettings<RateLimitSettings>("RateLimits");
        builder.AddSettings<ClusterSettings>("Cluster");
        builder.AddSettings<BadgeSettings>("Badges");
        builder.AddSettings<AccessSettings>("Access");
        builder.AddSettings<OpenIdConnectSettings>("Authentication:OpenIdConnect");
    }
}
