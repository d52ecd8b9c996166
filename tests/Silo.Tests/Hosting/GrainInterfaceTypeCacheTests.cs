using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Silo.Hosting;
using Orleans.Metadata;

namespace ChallengeHub.Silo.Tests.Hosting;

public sealed class GrainInterfaceTypeCacheTests(SiloFixture silo)
{
    private static readonly Type[] GrainInterfaces =
        [.. typeof(IMilestoneLogGrain).Assembly.GetTypes().Where(type => type.IsInterface && typeof(IAddressable).IsAssignableFrom(type) && !type.ContainsGenericParameters)];

    [Fact]
    public void TheSiloAsksOnlyTheCacheWhichGrainInterfaceTypeAnInterfaceIs()
    {
        var providers = silo.Services.GetServices<IGrainInterfaceTypeProvider>().ToArray();

        Assert.IsType<GrainInterfaceTypeCache>(Assert.Single(providers));
    }

    /// <summary>The cached answer is Orleans' own answer, for every ChallengeHub grain interface and for Orleans' own.</summary>
    [Fact]
    public void EveryInterfaceResolvesAsOrleansAloneResolvesIt()
    {
        var services = new ServiceCollection();
        services.AddOrleans(_ => { });
        using var orleansAlone = services.BuildServiceProvider();
        var expected = orleansAlone.GetRequiredService<GrainInterfaceTypeResolver>();
        var cached = silo.Services.GetRequiredService<GrainInterfaceTypeResolver>();

        Assert.NotEmpty(GrainInterfaces);
        foreach (var type in GrainInterfaces.Append(typeof(IManagementGrain)).Append(typeof(IRemindable)))
        {
            Assert.Equal(expected.GetGrainInterfaceType(type), cached.GetGrainInterfaceType(type));
            Assert.Equal(expected.GetGrainInterfaceType(type), cached.GetGrainInterfaceType(type));
        }
    }
}
