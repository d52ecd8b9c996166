using Azure.Data.Tables;

namespace ChallengeHub.Grains;

public static class GrainStorageSetup
{
    /// <summary>
    /// Stores every ChallengeHub grain state in <paramref name="tables"/>, in the binary format of
    /// <see cref="StateSerialization"/>. The Silo and the test clusters both call this, so tests store state as production does.
    /// </summary>
    public static ISiloBuilder AddChallengeHubGrainStorage(this ISiloBuilder silo, TableServiceClient tables)
    {
        silo.Services.AddChallengeHubStateSerializer();
        return silo.AddAzureTableGrainStorage(Constants.StorageName, options =>
        {
            options.TableServiceClient = tables;
            options.TableName = Constants.GrainStateTable;
        });
    }
}
