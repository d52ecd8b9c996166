namespace ChallengeHub.Grains;

public static class Constants
{
    /// <summary>The grain storage provider that holds every durable ChallengeHub grain state.</summary>
    public const string StorageName = "challengehub";

    /// <summary>Part of every stored grain's partition key: changing it orphans existing state.</summary>
    public const string ServiceId = "challengehub";

    /// <summary>The Azure table that holds the grain state; renaming it orphans existing state, like <see cref="ServiceId"/>.</summary>
    public const string GrainStateTable = "ChallengeHubGrainState";

    /// <summary>The key of the grains there is one of (the challenge directory, the set-up, the push registry and notifier).</summary>
    public const long SingletonKey = 0;
}
