using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ChallengeHub.Silo.Hosting;

/// <summary>The <c>ForwardedHeaders</c> configuration section.</summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    /// <summary>IP addresses of the proxies whose forwarded headers are believed.</summary>
    public List<string> KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _))
            .Select(proxy => new ValidationResult($"KnownProxies holds '{proxy}', which is not an IP address.", [nameof(KnownProxies)]));
}
