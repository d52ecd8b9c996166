using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ChallengeHub.Silo.Hosting;

/// <summary>The <c>Cluster</c> configuration section (not <c>Orleans</c>: Orleans reads that one itself).</summary>
public sealed class ClusterSettings : IValidatableObject
{
    /// <summary><c>Localhost</c> (one silo) or <c>AzureStorage</c> (several silos sharing the storage account's membership table).</summary>
    public string Clustering { get; set; } = "Localhost";

    [Required, MaxLength(100)]
    public string ClusterId { get; set; } = "challengehub";

    [Range(0, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(0, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one on when clustering through Azure Storage; empty picks this host's first address.</summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>Whether the silos find each other through the storage account's membership table.</summary>
    public bool UsesAzureStorage => string.Equals(Clustering, "AzureStorage", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesAzureStorage && !string.Equals(Clustering, "Localhost", StringComparison.OrdinalIgnoreCase))
        {
            yield return new("Clustering must be Localhost or AzureStorage.", [nameof(Clustering)]);
        }

        if (!string.IsNullOrWhiteSpace(AdvertisedIPAddress) && !IPAddress.TryParse(AdvertisedIPAddress, out _))
        {
            yield return new("AdvertisedIPAddress must be an IP address.", [nameof(AdvertisedIPAddress)]);
        }
    }
}
