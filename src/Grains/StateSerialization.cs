using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace ChallengeHub.Grains;

public static class StateSerialization
{
    /// <summary>
    /// Makes ChallengeHub's grain storage write state in Orleans' binary format: about half the size of the default
    /// Newtonsoft JSON, which keeps the largest states inside one Azure Table entity. State written as JSON before stays
    /// readable and is rewritten in binary with the grain's next write.
    /// </summary>
    /// <remarks>
    /// The storage provider takes the serializer registered under its own name; the silo-wide default (JSON) stays as it
    /// is for any other provider. Binary state depends on the <c>[Id]</c> and <c>[Alias]</c> of every persisted type,
    /// which is why those are never renumbered or renamed.
    /// </remarks>
    public static IServiceCollection AddChallengeHubStateSerializer(this IServiceCollection services) =>
        services.AddKeyedSingleton<IGrainStorageSerializer>(Constants.StorageName, (provider, _) => new GrainStorageSerializer(
            new OrleansGrainStorageSerializer(provider.GetRequiredService<Serializer>()),
            provider.GetRequiredService<IGrainStorageSerializer>()));
}
