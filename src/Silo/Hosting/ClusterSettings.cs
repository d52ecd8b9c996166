namespace ChallengeHub.Silo.Hosting;

/// <summary>The <c>Cluster</c> configuration section (not <c>Orleans</c>: Orleans reads that one itself).</summary>
public sealed class ClusterSettings
{
    /// <summary><c>Localhost</c> (one silo) or <c>AzureStorage</c> (several silos sharing the storage account's membership table).</summary>
    public string Clustering { get; set; } = "Localhost";

    public string ClusterId { get; set; } = "challengehub";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one on when clustering through Azure Storage; empty picks this host's first address.</summary>
    public string? AdvertisedIPAddress { get; set; }
}
