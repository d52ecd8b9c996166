using ChallengeHub.Grains.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace ChallengeHub.Grains.Tests;

/// <summary>ChallengeHub's storage writes Orleans' binary format and still reads state an earlier version wrote as JSON.</summary>
public sealed class StateSerializationTests(ClusterFixture fixture)
{
    private static readonly TeamState Team = new() { Details = new(Guid.NewGuid(), Guid.NewGuid(), "De Vonk", "VTI Brugge", "ABCDEF") };

    private IServiceProvider Services => fixture.Cluster.GetSiloServiceProvider();

    private IGrainStorageSerializer StorageSerializer =>
        Services.GetRequiredService<IOptionsMonitor<AzureTableStorageOptions>>().Get(Constants.StorageName).GrainStorageSerializer;

    [Fact]
    public void StateIsWrittenInOrleansBinaryFormat()
    {
        var written = StorageSerializer.Serialize(Team);

        var read = new OrleansGrainStorageSerializer(Services.GetRequiredService<Serializer>()).Deserialize<TeamState>(written);

        Assert.NotEqual((byte)'{', written.ToMemory().Span[0]);
        Assert.Equal(Team.Details, read!.Details);
    }

    [Fact]
    public void StateWrittenAsJsonBeforeIsStillRead()
    {
        var json = Services.GetRequiredService<IGrainStorageSerializer>().Serialize(Team);

        var read = StorageSerializer.Deserialize<TeamState>(json);

        Assert.Equal((byte)'{', json.ToMemory().Span[0]);
        Assert.Equal(Team.Details, read!.Details);
    }
}
