namespace ChallengeHub.Grains;

public static class Constants
{
    /// <summary>The grain storage provider that holds every durable ChallengeHub grain state.</summary>
    public const string StorageName = "challengehub";

    /// <summary>Part of every stored grain's partition key: changing it orphans existing state.</summary>
    public const string ServiceId = "challengehub";
}
